// Colours shared by every view: the four quad classes and a diverging scale for the −10…+10 score.

export const QUADS = [
  { key: "material_cooperation", label: "material cooperation", color: "#1a7f4b" },
  { key: "verbal_cooperation", label: "verbal cooperation", color: "#7cc48f" },
  { key: "verbal_conflict", label: "verbal conflict", color: "#f4a259" },
  { key: "material_conflict", label: "material conflict", color: "#c8283c" },
];

const CONFLICT = [200, 40, 60];
const NEUTRAL = [150, 150, 150];
const COOPERATION = [26, 127, 75];

function mix(a, b, t) {
  return a.map((value, i) => Math.round(value + (b[i] - value) * t));
}

export function scoreColor(score) {
  if (score === null || score === undefined) return "rgb(150,150,150)";
  const t = Math.max(-1, Math.min(1, score / 10));
  const rgb = t < 0 ? mix(NEUTRAL, CONFLICT, -t) : mix(NEUTRAL, COOPERATION, t);
  return `rgb(${rgb.join(",")})`;
}
