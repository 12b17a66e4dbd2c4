/* sb-routine-card.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A routine on one page, to take to the gym: its name; each exercise with
 * two or three key poses (drawn by the demonstrations' renderer from the
 * same scenes, data/poses/), its dose and its two most important cues;
 * then an empty grid for six sessions' figures, written by hand and typed
 * in later with Log a Workout…. A GtkPrintOperation, so Print to File
 * gives a PDF; A4 or Letter, as the print dialog says; in greys and black,
 * readable from a black-and-white printer.
 */

#define G_LOG_DOMAIN "sb-routine-card"

#include "config.h"

#include <glib/gi18n.h>

#include "workout/sb-format.h"
#include "sb-routine-card.h"

#define SESSIONS      6       /* columns to fill in by hand */
#define GRID_ROW      17.0    /* points */
#define MAX_STEP      110.0   /* an exercise's height, at most */
#define POSE_ASPECT   1.6     /* the poses' width / height */

struct _SbRoutineCard
{
  GtkPrintOperation  parent_instance;

  SbRoutine         *routine;
};

G_DEFINE_FINAL_TYPE (SbRoutineCard, sb_routine_card, GTK_TYPE_PRINT_OPERATION)

SbRoutineCard *
sb_routine_card_new (SbRoutine *routine)
{
  SbRoutineCard *self;

  g_return_val_if_fail (SB_IS_ROUTINE (routine), NULL);

  self = g_object_new (SB_TYPE_ROUTINE_CARD, NULL);
  self->routine = g_object_ref (routine);
  /* the name Print to File proposes */
  gtk_print_operation_set_job_name (GTK_PRINT_OPERATION (self), sb_routine_get_name (routine));
  return self;
}

SbRoutine *
sb_routine_card_get_routine (SbRoutineCard *self)
{
  g_return_val_if_fail (SB_IS_ROUTINE_CARD (self), NULL);
  return self->routine;
}

/* Drawing ------------------------------------------------------------------ */

static PangoLayout *
text (GtkPrintContext *context,
      const char      *string,
      const char      *font,
      double           width)
{
  PangoLayout *layout = gtk_print_context_create_pango_layout (context);
  g_autoptr(PangoFontDescription) description = pango_font_description_from_string (font);

  pango_layout_set_font_description (layout, description);
  pango_layout_set_text (layout, string, -1);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  return layout;
}

/* Draws @string at @x, @y; returns its height. */
static double
show (cairo_t         *cr,
      GtkPrintContext *context,
      const char      *string,
      const char      *font,
      double           x,
      double           y,
      double           width)
{
  g_autoptr(PangoLayout) layout = text (context, string, font, width);
  int height;

  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  pango_layout_get_size (layout, NULL, &height);
  return (double) height / PANGO_SCALE;
}

/* The key poses of @exercise, side by side in @height; returns the width
 * used (none when the exercise has no demonstration). */
static double
draw_poses (cairo_t    *cr,
            SbExercise *exercise,
            double      x,
            double      y,
            double      height)
{
  g_autofree char *base = g_strdup (sb_exercise_get_demo (exercise) ? sb_exercise_get_demo (exercise) : "");
  double width = height * POSE_ASPECT, used = 0;
  char *dot = strrchr (base, '.');

  if (dot != NULL)
    *dot = '\0';

  for (int i = 0; i < 3; i++)
    {
      g_autofree char *path = g_strdup_printf ("/io/github/strongback/Strongback/poses/%s-%d.png", base, i);
      g_autoptr(GBytes) bytes = g_resources_lookup_data (path, 0, NULL);
      g_autoptr(GdkTexture) texture = NULL;
      cairo_surface_t *surface;
      int w, h;

      if (bytes == NULL)
        break;
      texture = gdk_texture_new_from_bytes (bytes, NULL);
      if (texture == NULL)
        break;

      w = gdk_texture_get_width (texture);
      h = gdk_texture_get_height (texture);
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, w, h);
      gdk_texture_download (texture, cairo_image_surface_get_data (surface), cairo_image_surface_get_stride (surface));
      cairo_surface_mark_dirty (surface);

      cairo_save (cr);
      cairo_translate (cr, x + used, y);
      cairo_scale (cr, width / w, height / h);
      cairo_set_source_surface (cr, surface, 0, 0);
      cairo_paint (cr);
      cairo_restore (cr);
      cairo_surface_destroy (surface);

      used += width + 4;
    }

  return used;
}

static void
line (cairo_t *cr,
      double   x1,
      double   y1,
      double   x2,
      double   y2,
      double   width)
{
  cairo_set_line_width (cr, width);
  cairo_move_to (cr, x1, y1);
  cairo_line_to (cr, x2, y2);
  cairo_stroke (cr);
}

static void
draw_grid (SbRoutineCard   *self,
           GtkPrintContext *context,
           cairo_t         *cr,
           double           y,
           double           width)
{
  GListModel *steps = sb_routine_get_steps (self->routine);
  guint n = g_list_model_get_n_items (steps);
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  double label_width = width * 0.34, cell = (width - label_width) / SESSIONS;

  g_ptr_array_add (labels, g_strdup (_("Date")));
  g_ptr_array_add (labels, g_strdup (_("Pain before (0–10)")));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SbRoutineStep) step = g_list_model_get_item (steps, i);
      g_ptr_array_add (labels, g_strdup (sb_exercise_get_name (sb_routine_step_get_exercise (step))));
    }
  g_ptr_array_add (labels, g_strdup (_("Pain after (0–10)")));

  y += show (cr, context, _("Your Sessions"), "Sans Bold 11", 0, y, -1) + 2;
  y += show (cr, context, _("Write what you did (reps × kg, or minutes); type it in afterwards with Log a Workout…"),
             "Sans 8", 0, y, width) + 4;

  for (guint r = 0; r < labels->len; r++)
    {
      double top = y + r * GRID_ROW;

      show (cr, context, g_ptr_array_index (labels, r), r == 0 ? "Sans Bold 8" : "Sans 8", 3, top + 3, label_width - 6);
      line (cr, 0, top, width, top, r == 0 ? 0.8 : 0.4);
    }
  line (cr, 0, y + labels->len * GRID_ROW, width, y + labels->len * GRID_ROW, 0.8);
  line (cr, 0, y, 0, y + labels->len * GRID_ROW, 0.8);
  for (int c = 0; c <= SESSIONS; c++)
    line (cr, label_width + c * cell, y, label_width + c * cell, y + labels->len * GRID_ROW, c == 0 || c == SESSIONS ? 0.8 : 0.4);
}

static void
draw_card (SbRoutineCard   *self,
           GtkPrintContext *context)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double width = gtk_print_context_get_width (context);
  double height = gtk_print_context_get_height (context);
  GListModel *steps = sb_routine_get_steps (self->routine);
  guint n = g_list_model_get_n_items (steps);
  g_autofree char *facts = sb_format_routine_facts (self->routine, FALSE);
  double y = 0, grid_height, step_height;

  cairo_set_source_rgb (cr, 0, 0, 0);
  y += show (cr, context, sb_routine_get_name (self->routine), "Sans Bold 18", 0, y, width);
  y += show (cr, context, facts, "Sans 9", 0, y, width) + 10;

  /* the grid keeps its room; the exercises share the rest */
  grid_height = (n + 3) * GRID_ROW + 40;
  step_height = n > 0 ? MIN (MAX_STEP, (height - y - grid_height - 12) / n) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SbRoutineStep) step = g_list_model_get_item (steps, i);
      SbExercise *exercise = sb_routine_step_get_exercise (step);
      const char * const *cues = sb_exercise_get_cues (exercise);
      g_autofree char *dose = sb_format_dose (sb_routine_step_get_dose (step));
      g_autofree char *title = g_strdup_printf ("%u. %s", i + 1, sb_exercise_get_name (exercise));
      double pose_height = MIN (step_height - 8, 80);
      double poses = draw_poses (cr, exercise, 0, y + 4, pose_height);
      double x = poses + 8, ty = y + 4;

      ty += show (cr, context, title, "Sans Bold 10", x, ty, width - x);
      ty += show (cr, context, dose, "Sans 9", x, ty, width - x) + 2;
      for (guint k = 0; cues != NULL && cues[k] != NULL && k < 2 && ty < y + step_height - 10; k++)
        {
          g_autofree char *cue = g_strdup_printf ("• %s", cues[k]);
          ty += show (cr, context, cue, "Sans 8", x, ty, width - x);
        }

      y += step_height;
      cairo_set_source_rgb (cr, 0.6, 0.6, 0.6);
      line (cr, 0, y, width, y, 0.4);
      cairo_set_source_rgb (cr, 0, 0, 0);
    }

  draw_grid (self, context, cr, y + 12, width);
}

static void
sb_routine_card_begin_print (GtkPrintOperation *operation,
                             GtkPrintContext   *context)
{
  /* one page, whatever the routine: it is made to fit */
  gtk_print_operation_set_n_pages (operation, 1);
}

static void
sb_routine_card_draw_page (GtkPrintOperation *operation,
                           GtkPrintContext   *context,
                           int                page_nr)
{
  draw_card (SB_ROUTINE_CARD (operation), context);
}

static void
sb_routine_card_finalize (GObject *object)
{
  SbRoutineCard *self = SB_ROUTINE_CARD (object);

  g_clear_object (&self->routine);

  G_OBJECT_CLASS (sb_routine_card_parent_class)->finalize (object);
}

static void
sb_routine_card_class_init (SbRoutineCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *operation_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->finalize = sb_routine_card_finalize;
  operation_class->begin_print = sb_routine_card_begin_print;
  operation_class->draw_page = sb_routine_card_draw_page;
}

static void
sb_routine_card_init (SbRoutineCard *self)
{
  gtk_print_operation_set_unit (GTK_PRINT_OPERATION (self), GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (GTK_PRINT_OPERATION (self), TRUE);
}
