import java.util.ArrayList;
import java.util.List;
import org.carbonmarket.client.ApiClient;
import org.carbonmarket.client.api.ChangesApi;
import org.carbonmarket.client.api.MetricsApi;
import org.carbonmarket.client.model.ChangePage;
import org.carbonmarket.client.model.SeriesPage;
import org.carbonmarket.client.model.SeriesPoint;

/** Lists a series page by page by its cursors, then reads the change feed to its end. */
public class ClientExample {

    public static void main(String[] args) throws Exception {
        ApiClient client = new ApiClient();
        client.updateBaseUri(args.length > 0 ? args[0] : "http://localhost:8080");

        // The national carbon market's closing price at each year's end, five points a page.
        MetricsApi metrics = new MetricsApi(client);
        List<SeriesPoint> points = new ArrayList<>();
        String cursor = null;
        do {
            SeriesPage page = metrics.getMetricSeries("ets.price.close-year-end", null, null, cursor, null, "CN", 5L, null, null);
            points.addAll(page.getItems());
            cursor = page.getNextCursor();
        } while (cursor != null);
        for (SeriesPoint point : points) {
            System.out.println(point.getPeriod().getLabel() + ": " + point.getValue() + " " + point.getUnit());
        }

        // Every change so far; keep the last cursor, and ask with it later for what changed since.
        ChangesApi changes = new ChangesApi(client);
        ChangePage feed = changes.listChanges(null, 1000L);
        int seen = feed.getItems().size();
        while (feed.getMore()) {
            feed = changes.listChanges(feed.getNextCursor(), 1000L);
            seen += feed.getItems().size();
        }
        System.out.println(seen + " changes; resume after " + feed.getNextCursor());
    }
}
