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

export function clearChart(element) {
  chartFor(element).clear();
  element.dataset.count = "0";
}

const dayMs = (day) => Date.parse(`${day}T00:00:00Z`);

// The API returns every bucket of the period, empty ones with zero events and no mean score: on a time
// axis the bars stand where their period is, and the score line breaks over a quiet spell, never bridging it.
export function drawTimeline(element, buckets, onPick) {
  const chart = chartFor(element);
  const total = buckets.reduce((sum, b) => sum + b.events, 0);
  chart.setOption({
    animation: false,
    useUTC: true,
    tooltip: {
      trigger: "axis",
      formatter: (items) => {
        const bucket = buckets[items[0].dataIndex];
        const lines = items.map((i) => `${i.marker}${escapeHtml(i.seriesName)}: ${escapeHtml(i.value[1] ?? "n/a")}`);
        const mentions = bucket.mentions !== undefined && bucket.mentions !== bucket.events
          ? ` (${escapeHtml(bucket.mentions)} mentions)` : "";
        return [`${escapeHtml(bucket.start)} to ${escapeHtml(bucket.end)}: ${escapeHtml(bucket.events)} events${mentions}`,
          ...lines].join("<br>");
      },
    },
    // The legend wraps onto more lines in a narrow panel; the plot starts below it, never under it.
    legend: { top: 0, left: 0, right: 0, itemGap: 8 },
    grid: { left: 4, right: 4, top: element.clientWidth < 560 ? 88 : 48, bottom: 40, containLabel: true },
    dataZoom: [{ type: "slider", height: 16, bottom: 4 }],
    xAxis: { type: "time", axisLabel: { hideOverlap: true } },
    yAxis: [
      { type: "value", name: "events", minInterval: 1, nameTextStyle: { align: "left" } },
      { type: "value", name: "mean score", min: -10, max: 10, splitLine: { show: false },
        nameTextStyle: { align: "right" } },
    ],
    series: [
      ...QUADS.map((q) => ({
        name: q.label, type: "bar", stack: "events", itemStyle: { color: q.color }, barMaxWidth: 48,
        barMinWidth: 2, data: buckets.map((b) => [dayMs(b.start), b.counts[q.key] || 0]),
      })),
      {
        name: "mean score", type: "line", yAxisIndex: 1, connectNulls: false, symbolSize: 7,
        lineStyle: { color: "#333", width: 2 }, itemStyle: { color: "#333" },
        data: buckets.map((b) => [dayMs(b.start), b.mean_score]),
      },
    ],
  }, true);
  chart.off("click");
  chart.on("click", (p) => {
    if (p.seriesType === "bar" && onPick) onPick(buckets[p.dataIndex]);
  });
  element.dataset.axis = chart.getOption().xAxis[0].type;
  element.dataset.events = String(total);
  element.dataset.buckets = buckets.map((b) => `${b.start}:${b.events}`).join(" ");
  markReady(element, buckets.length);
}

const spread = (element, wide) => Math.round(wide * Math.min(1, Math.max(0.3, element.clientWidth / 640)));

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
      // Spacing follows the panel's width so a narrow panel (a phone) keeps its nodes inside.
      force: { repulsion: spread(element, 220), edgeLength: [spread(element, 50), spread(element, 140)],
               gravity: 0.12, layoutAnimation: false },
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
