import { ChangesApi, Configuration, MetricsApi } from "carbon-market-data-api-client";

/** Lists a series page by page by its cursors, then reads the change feed to its end. */
async function main(basePath: string): Promise<void> {
  const config = new Configuration({ basePath });

  // The national carbon market's closing price at each year's end, five points a page.
  const metrics = new MetricsApi(config);
  let cursor: string | undefined = undefined;
  do {
    const page = await metrics.getMetricSeries({ code: "ets.price.close-year-end", region: "CN", size: 5, cursor });
    for (const point of page.items ?? []) {
      console.log(`${point.period?.label}: ${point.value} ${point.unit}`);
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);

  // Every change so far; keep the last cursor, and ask with it later for what changed since.
  const changes = new ChangesApi(config);
  let feed = await changes.listChanges({ size: 1000 });
  let seen = feed.items?.length ?? 0;
  while (feed.more) {
    feed = await changes.listChanges({ after: feed.nextCursor ?? undefined, size: 1000 });
    seen += feed.items?.length ?? 0;
  }
  console.log(`${seen} changes; resume after ${feed.nextCursor}`);
}

main(process.argv[2] ?? "http://localhost:8080").catch((error) => {
  console.error(error);
  process.exit(1);
});
