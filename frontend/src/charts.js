// The three charts, drawn with Apache ECharts (SVG renderer): timeline, actor network and event map.
import * as echarts from "echarts/core";
import { BarChart, GraphChart, LineChart, ScatterChart } from "echarts/charts";
import {
  GeoComponent, GridComponent, LegendComponent, TooltipComponent, VisualMapComponent, DataZoomComponent,
} from "echarts/components";
import { SVGRenderer } from "echarts/renderers";
import { feature } from "topojson-client";
import worldTopology from "world-atlas/countries-110m.json";
import { QUADS, scoreColor } from "./colors.js";
import { escapeHtml } from "./text.js";

echarts.use([
  BarChart, GraphChart, LineChart, ScatterChart, GeoComponent, GridComponent, LegendComponent, TooltipComponent,
  VisualMapComponent, DataZoomComponent, SVGRenderer,
]);

// Country shapes are bundled (Natural Earth via world-atlas): no tile server is needed or reachable.
const world = feature(worldTopology, worldTopology.objects.countries);
world.features = world.features.filter((f) => f.properties.name !== "Antarctica").map(unwrapAntimeridian);
echarts.registerMap("world", world);

// A flat projection draws rings that cross the antimeridian (Russia's far east, Fiji) as stripes across
// the whole map; shifting their western longitudes by 360° keeps each ring in one piece.
function unwrapRing(ring) {
  const crosses = ring.some((point, i) => i > 0 && Math.abs(point[0] - ring[i - 1][0]) > 180);
  return crosses ? ring.map(([lon, lat]) => [lon < 0 ? lon + 360 : lon, lat]) : ring;
}

function unwrapAntimeridian(country) {
  const { geometry } = country;
  if (geometry.type === "Polygon") geometry.coordinates = geometry.coordinates.map(unwrapRing);
  if (geometry.type === "MultiPolygon") {
    geometry.coordinates = geometry.coordinates.map((polygon) => polygon.map(unwrapRing));
  }
  return country;
}

const charts = new Map();

// Resize once per frame and never to an empty box: a zero-sized map has no invertible transform and
// ECharts' geo component throws on it (seen while a full-page screenshot resizes the viewport).
function followSize(element, chart) {
  let pending = false;
  new ResizeObserver(() => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      if (element.clientWidth > 0 && element.clientHeight > 0) chart.resize();
    });
  }).observe(element);
}

function chartFor(element) {
  if (!charts.has(element.id)) {
    const chart = echarts.init(element, null, { renderer: "svg" });
    charts.set(element.id, chart);
    followSize(element, chart);
  }
  return charts.get(element.id);
}

function markReady(element, count) {
  element.dataset.state = "ready";
  element.dataset.count = String(count);
}

const MAX_FILLED_BUCKETS = 5000;

function nextStart(day, size) {
  const d = new Date(`${day}T00:00:00Z`);
  if (size === "month") d.setUTCMonth(d.getUTCMonth() + 1);
  else d.setUTCDate(d.getUTCDate() + (size === "week" ? 7 : 1));
  return d.toISOString().slice(0, 10);
}

// The API returns only buckets that have events; quiet periods are shown as empty buckets, so the
// axis keeps time proportional.
export function withEmptyBuckets(buckets, size) {
  if (buckets.length < 2) return buckets;
  const byStart = new Map(buckets.map((b) => [b.start, b]));
  const filled = [];
  const last = buckets[buckets.length - 1].start;
  for (let day = buckets[0].start; day <= last; day = nextStart(day, size)) {
    if (filled.length > MAX_FILLED_BUCKETS) return buckets;
    filled.push(byStart.get(day) || { start: day, events: 0, counts: {}, mean_score: null });
  }
  return filled;
}

export function drawTimeline(element, returned, size = "month") {
  const chart = chartFor(element);
  const buckets = withEmptyBuckets(returned, size);
  const days = buckets.map((b) => b.start);
  chart.setOption({
    animation: false,
    tooltip: { trigger: "axis" },
    legend: { top: 0 },
    grid: { left: 48, right: 56, top: 36, bottom: 56 },
    dataZoom: [{ type: "slider", height: 18, bottom: 8 }],
    xAxis: { type: "category", data: days },
    yAxis: [
      { type: "value", name: "events", minInterval: 1 },
      { type: "value", name: "mean score", min: -10, max: 10, splitLine: { show: false } },
    ],
    series: [
      ...QUADS.map((q) => ({
        name: q.label, type: "bar", stack: "events", itemStyle: { color: q.color },
        data: buckets.map((b) => b.counts[q.key] || 0),
      })),
      {
        name: "mean score", type: "line", yAxisIndex: 1, connectNulls: true, symbolSize: 7,
        lineStyle: { color: "#333", width: 2 }, itemStyle: { color: "#333" },
        data: buckets.map((b) => b.mean_score),
      },
    ],
  }, true);
  markReady(element, returned.length);
}

export function drawNetwork(element, network, onPick, selected = []) {
  const chart = chartFor(element);
  const maxNode = Math.max(1, ...network.nodes.map((n) => n.events));
  const maxEdge = Math.max(1, ...network.edges.map((e) => e.events));
  chart.setOption({
    animation: false,
    // ECharts renders a formatter's string as HTML: every value from the store is escaped first.
    tooltip: {
      formatter: (p) => p.dataType === "edge"
        ? `${escapeHtml(p.data.source)} → ${escapeHtml(p.data.target)}<br>`
          + `${escapeHtml(p.data.events)} events, mean score ${escapeHtml(p.data.mean_score ?? "n/a")}`
        : `${escapeHtml(p.data.name)}: ${escapeHtml(p.data.value)} events`,
    },
    series: [{
      type: "graph", layout: "force", roam: true, draggable: true,
      force: { repulsion: 220, edgeLength: [60, 160], gravity: 0.08, layoutAnimation: false },
      label: { show: true, position: "right", fontSize: 11 },
      edgeSymbol: ["none", "arrow"], edgeSymbolSize: 7,
      data: network.nodes.map((n) => ({
        id: n.id, name: n.id, value: n.events, symbolSize: 10 + 26 * Math.sqrt(n.events / maxNode),
        itemStyle: selected.includes(n.id)
          ? { color: "#f0b429", borderColor: "#1f2933", borderWidth: 2 } : { color: "#4a6fa5" },
      })),
      links: network.edges.map((e) => ({
        source: e.source, target: e.target, events: e.events, mean_score: e.mean_score,
        lineStyle: { width: 1 + 7 * (e.events / maxEdge), color: scoreColor(e.mean_score), opacity: 0.85,
                     curveness: 0.15 },
      })),
    }],
  }, true);
  chart.off("click");
  chart.on("click", (p) => { if (p.dataType === "node" && onPick) onPick(p.data.id); });
  markReady(element, network.edges.length);
}

export function drawMap(element, locations) {
  const chart = chartFor(element);
  const maxCount = Math.max(1, ...locations.map((l) => l.events));
  chart.setOption({
    animation: false,
    tooltip: {
      formatter: (p) => (p.seriesType === "scatter"
        ? `${escapeHtml(p.data.name)}: ${escapeHtml(p.data.events)} events, `
          + `mean score ${escapeHtml(p.data.mean_score ?? "n/a")}`
        : escapeHtml(p.name)),
    },
    geo: {
      map: "world", roam: true, zoom: 1.15,
      itemStyle: { areaColor: "#e8ecef", borderColor: "#9aa5ad", borderWidth: 0.5 },
      emphasis: { itemStyle: { areaColor: "#cfd8de" }, label: { show: false } },
    },
    series: [{
      type: "scatter", coordinateSystem: "geo",
      data: locations.map((l) => ({
        name: l.name, value: [l.lon, l.lat, l.events], events: l.events, mean_score: l.mean_score,
        symbolSize: 8 + 22 * Math.sqrt(l.events / maxCount),
        itemStyle: { color: scoreColor(l.mean_score), borderColor: "#fff", opacity: 0.9 },
      })),
    }],
  }, true);
  markReady(element, locations.length);
}
