package org.carbonmarket.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.carbonmarket.common.StrictJson;

/**
 * Checks every JSON body that binds to a resource with {@link StrictJson} before Jackson reads it. Bodies
 * are one resource each, bounded by the body limit, so holding one in memory costs little. An import's
 * body is a stream that the import reads (and checks) itself.
 */
@Provider
public class StrictJsonBodies implements ReaderInterceptor {

    private final ObjectMapper mapper;

    StrictJsonBodies(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (context.getType() != InputStream.class && MediaType.APPLICATION_JSON_TYPE.isCompatible(context.getMediaType())) {
            byte[] body = context.getInputStream().readAllBytes();
            StrictJson.check(mapper.getFactory(), body);
            context.setInputStream(new ByteArrayInputStream(body));
        }
        return context.proceed();
    }
}
