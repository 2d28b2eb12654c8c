package org.carbonmarket.testsupport;

/** Settings of tests that count a client's requests against a small rate limit. */
public final class RateLimits {

    /**
     * A window no test's requests straddle. Windows are aligned to the epoch, so requests that straddle a window's end
     * start counting again: with 60 s windows a minute's end fell between one test's requests in CI (RateLimitTest
     * once, UntrustedProxyTest once). This window's next end is in May 2033.
     */
    public static final String WINDOW = "1000000000S";

    private RateLimits() {
    }
}
