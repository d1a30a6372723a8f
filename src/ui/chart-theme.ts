/**
 * The look every recharts chart shares, taken from the theme's CSS variables so it follows the light and
 * dark themes: the grid's dashes in the border colour (recharts' default is a fixed light grey, which the
 * referendum's approval chart drew as bright white dashes on the dark theme).
 */

/** Props of a chart's CartesianGrid. */
export const CHART_GRID = { strokeDasharray: '3 3', stroke: 'var(--border)' } as const;
