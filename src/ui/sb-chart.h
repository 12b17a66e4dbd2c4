/* sb-chart.h
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SB_TYPE_CHART (sb_chart_get_type ())

G_DECLARE_FINAL_TYPE (SbChart, sb_chart, SB, CHART, GtkWidget)

/**
 * SbChartPoint:
 * @x: from 0 to the chart's x range
 * @y: from 0 to 10, or below 0 for none
 */
typedef struct
{
  double x;
  double y;
} SbChartPoint;

GtkWidget *sb_chart_new       (void);
void       sb_chart_set_bars  (SbChart            *self,
                               const double       *values,
                               guint               n_values,
                               double              goal);
void       sb_chart_set_lines (SbChart            *self,
                               const SbChartPoint *first,
                               const SbChartPoint *second,
                               const SbChartPoint *third,
                               guint               n_points,
                               double              x_range);
void       sb_chart_set_axis  (SbChart            *self,
                               const char         *start,
                               const char         *end);

G_END_DECLS
