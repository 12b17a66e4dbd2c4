/* sb-chart.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A small chart drawn with GtkSnapshot: bars (sessions per week, with the
 * weekly goal as a line) or two lines on a 0–10 scale (pain before and
 * after). New figures grow out of the old ones. Colors come from the style,
 * so it reads in light and dark. Screen readers get the text the page sets
 * as its label: the chart is an image to them.
 */

#define G_LOG_DOMAIN "sb-chart"

#include "config.h"

#include <adwaita.h>

#include "sb-chart.h"

#define ANIMATION_MS 400
#define AXIS_HEIGHT  20
#define BAR_GAP      0.25   /* of a bar's slot */

struct _SbChart
{
  GtkWidget      parent_instance;

  gboolean       lines;
  GArray        *old_values;   /* double, bars as they were */
  GArray        *values;       /* double, bars */
  double         goal;
  GArray        *first;        /* SbChartPoint */
  GArray        *second;
  GArray        *third;
  double         x_range;
  char          *axis_start;
  char          *axis_end;
  double         progress;     /* 0 → 1 while animating */
  AdwAnimation  *animation;

  /* The two lines rasterized once: replayed as paths on every frame, a
   * year of points made scrolling slow with the cairo renderer. Redrawn
   * when anything in its key changes. */
  cairo_surface_t *lines_image;
  int            image_width;
  int            image_height;
  int            image_scale;
  double         image_progress;
  GdkRGBA        image_fg;
  GdkRGBA        image_accent;
};

G_DEFINE_FINAL_TYPE (SbChart, sb_chart, GTK_TYPE_WIDGET)

GtkWidget *
sb_chart_new (void)
{
  return g_object_new (SB_TYPE_CHART, NULL);
}

static void
on_animate (double   value,
            gpointer user_data)
{
  SbChart *self = user_data;

  self->progress = value;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
animate (SbChart *self)
{
  self->progress = 0;
  adw_animation_reset (self->animation);
  adw_animation_play (self->animation);
}

void
sb_chart_set_bars (SbChart      *self,
                   const double *values,
                   guint         n_values,
                   double        goal)
{
  g_autoptr(GArray) old = NULL;

  g_return_if_fail (SB_IS_CHART (self));

  /* what is on screen now is where the new bars grow from */
  old = g_array_sized_new (FALSE, TRUE, sizeof (double), n_values);
  g_array_set_size (old, n_values);
  for (guint i = 0; i < n_values && i < self->values->len; i++)
    {
      double from = i < self->old_values->len ? g_array_index (self->old_values, double, i) : 0;
      double to = g_array_index (self->values, double, i);

      g_array_index (old, double, i) = from + (to - from) * self->progress;
    }
  g_array_unref (self->old_values);
  self->old_values = g_steal_pointer (&old);

  g_array_set_size (self->values, 0);
  g_array_append_vals (self->values, values, n_values);
  self->goal = goal;
  self->lines = FALSE;
  animate (self);
}

/**
 * sb_chart_set_lines:
 * @first: drawn dashed, in the text colour
 * @second: drawn full, in the accent colour
 * @third: (nullable): drawn dotted, in the accent colour
 */
void
sb_chart_set_lines (SbChart            *self,
                    const SbChartPoint *first,
                    const SbChartPoint *second,
                    const SbChartPoint *third,
                    guint               n_points,
                    double              x_range)
{
  g_return_if_fail (SB_IS_CHART (self));

  g_array_set_size (self->first, 0);
  g_array_append_vals (self->first, first, n_points);
  g_array_set_size (self->second, 0);
  g_array_append_vals (self->second, second, n_points);
  g_array_set_size (self->third, 0);
  if (third != NULL)
    g_array_append_vals (self->third, third, n_points);
  self->x_range = MAX (x_range, 1);
  self->lines = TRUE;
  g_clear_pointer (&self->lines_image, cairo_surface_destroy);
  animate (self);
}

void
sb_chart_set_axis (SbChart    *self,
                   const char *start,
                   const char *end)
{
  g_return_if_fail (SB_IS_CHART (self));

  g_free (self->axis_start);
  g_free (self->axis_end);
  self->axis_start = g_strdup (start);
  self->axis_end = g_strdup (end);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* gtk_widget_get_color() is GTK 4.10; this is what it does on 4.8. */
G_GNUC_BEGIN_IGNORE_DEPRECATIONS
static void
style_colors (SbChart *self,
              GdkRGBA *fg,
              GdkRGBA *accent)
{
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));

  gtk_style_context_get_color (context, fg);
  if (!gtk_style_context_lookup_color (context, "accent_color", accent))
    *accent = *fg;
}
G_GNUC_END_IGNORE_DEPRECATIONS

static void
draw_label (SbChart     *self,
            GtkSnapshot *snapshot,
            const char  *text,
            double       x,
            double       y,
            gboolean     right,
            GdkRGBA     *color)
{
  g_autoptr(PangoLayout) layout = NULL;
  int width, height;

  if (text == NULL)
    return;

  layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  pango_layout_get_pixel_size (layout, &width, &height);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (right ? x - width : x, y));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

static void
draw_bars (SbChart     *self,
           GtkSnapshot *snapshot,
           double       width,
           double       height,
           GdkRGBA     *fg,
           GdkRGBA     *accent)
{
  guint n = self->values->len;
  double max = MAX (self->goal, 1), slot;
  GdkRGBA faint = *fg;

  for (guint i = 0; i < n; i++)
    max = MAX (max, g_array_index (self->values, double, i));
  if (n == 0)
    return;

  slot = width / n;
  for (guint i = 0; i < n; i++)
    {
      double from = i < self->old_values->len ? g_array_index (self->old_values, double, i) : 0;
      double value = from + (g_array_index (self->values, double, i) - from) * self->progress;
      double bar = value / max * height;
      GskRoundedRect rect;
      graphene_rect_t bounds = GRAPHENE_RECT_INIT (i * slot + slot * BAR_GAP / 2, height - bar,
                                                   MAX (slot * (1 - BAR_GAP), 1), bar);

      if (bar <= 0)
        continue;

      gsk_rounded_rect_init_from_rect (&rect, &bounds, MIN (3, slot / 4));
      gtk_snapshot_push_rounded_clip (snapshot, &rect);
      gtk_snapshot_append_color (snapshot, accent, &bounds);
      gtk_snapshot_pop (snapshot);
    }

  /* the goal, as a thin line across */
  faint.alpha = 0.45;
  gtk_snapshot_append_color (snapshot, &faint,
                             &GRAPHENE_RECT_INIT (0, height - self->goal / max * height, width, 1));
}

typedef enum
{
  STROKE_FULL,
  STROKE_DASHED,
  STROKE_DOTTED,
} Stroke;

static void
stroke_series (cairo_t  *cr,
               GArray   *points,
               double    x_range,
               double    width,
               double    height,
               GdkRGBA  *color,
               Stroke    stroke)
{
  gboolean drawing = FALSE;

  gdk_cairo_set_source_rgba (cr, color);
  cairo_set_line_width (cr, 2.5);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, stroke == STROKE_DOTTED ? CAIRO_LINE_CAP_ROUND : CAIRO_LINE_CAP_BUTT);
  if (stroke == STROKE_DASHED)
    cairo_set_dash (cr, (double[]) { 5, 4 }, 2, 0);
  else if (stroke == STROKE_DOTTED)
    cairo_set_dash (cr, (double[]) { 0.1, 5 }, 2, 0);
  else
    cairo_set_dash (cr, NULL, 0, 0);

  for (guint i = 0; i < points->len; i++)
    {
      const SbChartPoint *point = &g_array_index (points, SbChartPoint, i);
      double x = point->x / x_range * width, y = height - point->y / 10 * height;

      if (point->y < 0)
        continue;
      if (drawing)
        cairo_line_to (cr, x, y);
      else
        cairo_move_to (cr, x, y);
      drawing = TRUE;
    }
  cairo_stroke (cr);

  for (guint i = 0; i < points->len; i++)
    {
      const SbChartPoint *point = &g_array_index (points, SbChartPoint, i);

      if (point->y < 0)
        continue;
      cairo_arc (cr, point->x / x_range * width, height - point->y / 10 * height, 3.5, 0, 2 * G_PI);
      cairo_fill (cr);
    }
}

#define LINES_MARGIN 6   /* room for the dots at the edges */

static cairo_surface_t *
ensure_lines_image (SbChart *self,
                    int      width,
                    int      height,
                    GdkRGBA *fg,
                    GdkRGBA *accent)
{
  int scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  GdkRGBA before = *fg;
  cairo_t *cr;

  if (self->lines_image != NULL && self->image_width == width && self->image_height == height &&
      self->image_scale == scale && self->image_progress == self->progress &&
      gdk_rgba_equal (&self->image_fg, fg) && gdk_rgba_equal (&self->image_accent, accent))
    return self->lines_image;

  g_clear_pointer (&self->lines_image, cairo_surface_destroy);
  self->lines_image = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                                  (width + 2 * LINES_MARGIN) * scale,
                                                  (height + 2 * LINES_MARGIN) * scale);
  cairo_surface_set_device_scale (self->lines_image, scale, scale);
  self->image_width = width;
  self->image_height = height;
  self->image_scale = scale;
  self->image_progress = self->progress;
  self->image_fg = *fg;
  self->image_accent = *accent;

  cr = cairo_create (self->lines_image);
  /* the lines are drawn in from the left */
  cairo_rectangle (cr, 0, 0, (width + 2 * LINES_MARGIN) * self->progress, height + 2 * LINES_MARGIN);
  cairo_clip (cr);
  cairo_translate (cr, LINES_MARGIN, LINES_MARGIN);
  before.alpha = 0.55;
  stroke_series (cr, self->first, self->x_range, width, height, &before, STROKE_DASHED);
  stroke_series (cr, self->second, self->x_range, width, height, accent, STROKE_FULL);
  stroke_series (cr, self->third, self->x_range, width, height, accent, STROKE_DOTTED);
  cairo_destroy (cr);

  return self->lines_image;
}

static void
draw_lines (SbChart     *self,
            GtkSnapshot *snapshot,
            double       width,
            double       height,
            GdkRGBA     *fg,
            GdkRGBA     *accent)
{
  graphene_rect_t bounds = GRAPHENE_RECT_INIT (-LINES_MARGIN, -LINES_MARGIN,
                                               width + 2 * LINES_MARGIN, height + 2 * LINES_MARGIN);
  cairo_surface_t *image = ensure_lines_image (self, width, height, fg, accent);
  GdkRGBA grid = *fg;
  cairo_t *cr;

  grid.alpha = 0.12;
  for (guint level = 0; level <= 10; level += 5)
    gtk_snapshot_append_color (snapshot, &grid,
                               &GRAPHENE_RECT_INIT (0, height - level / 10.0 * height, width, 1));

  cr = gtk_snapshot_append_cairo (snapshot, &bounds);
  cairo_set_source_surface (cr, image, -LINES_MARGIN, -LINES_MARGIN);
  cairo_paint (cr);
  cairo_destroy (cr);
}

static void
sb_chart_snapshot (GtkWidget   *widget,
                   GtkSnapshot *snapshot)
{
  SbChart *self = SB_CHART (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget) - AXIS_HEIGHT;
  GdkRGBA fg, accent, dim;

  if (width <= 0 || height <= 0)
    return;

  style_colors (self, &fg, &accent);
  dim = fg;
  dim.alpha = 0.55;

  if (self->lines)
    draw_lines (self, snapshot, width, height, &fg, &accent);
  else
    draw_bars (self, snapshot, width, height, &fg, &accent);

  draw_label (self, snapshot, self->axis_start, 0, height + 2, FALSE, &dim);
  draw_label (self, snapshot, self->axis_end, width, height + 2, TRUE, &dim);
}

static void
sb_chart_measure (GtkWidget      *widget,
                  GtkOrientation  orientation,
                  int             for_size,
                  int            *minimum,
                  int            *natural,
                  int            *minimum_baseline,
                  int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 120;
      *natural = 480;
    }
  else
    *minimum = *natural = 160;
}

static void
sb_chart_dispose (GObject *object)
{
  SbChart *self = SB_CHART (object);

  g_clear_object (&self->animation);
  g_clear_pointer (&self->lines_image, cairo_surface_destroy);

  G_OBJECT_CLASS (sb_chart_parent_class)->dispose (object);
}

static void
sb_chart_finalize (GObject *object)
{
  SbChart *self = SB_CHART (object);

  g_array_unref (self->old_values);
  g_array_unref (self->values);
  g_array_unref (self->first);
  g_array_unref (self->second);
  g_array_unref (self->third);
  g_free (self->axis_start);
  g_free (self->axis_end);

  G_OBJECT_CLASS (sb_chart_parent_class)->finalize (object);
}

static void
sb_chart_class_init (SbChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sb_chart_dispose;
  object_class->finalize = sb_chart_finalize;
  widget_class->snapshot = sb_chart_snapshot;
  widget_class->measure = sb_chart_measure;

  gtk_widget_class_set_css_name (widget_class, "chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
sb_chart_init (SbChart *self)
{
  self->old_values = g_array_new (FALSE, TRUE, sizeof (double));
  self->values = g_array_new (FALSE, TRUE, sizeof (double));
  self->first = g_array_new (FALSE, TRUE, sizeof (SbChartPoint));
  self->second = g_array_new (FALSE, TRUE, sizeof (SbChartPoint));
  self->third = g_array_new (FALSE, TRUE, sizeof (SbChartPoint));
  self->progress = 1;
  self->animation = adw_timed_animation_new (GTK_WIDGET (self), 0, 1, ANIMATION_MS,
                                             adw_callback_animation_target_new (on_animate, self, NULL));
  adw_timed_animation_set_easing (ADW_TIMED_ANIMATION (self->animation), ADW_EASE_OUT_CUBIC);
}
