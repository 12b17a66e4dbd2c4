/* bench-progress.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The Progress view's year with 3,650 sessions: the time to compute its
 * figures (SbStats, median of 20), then the page drawn at each scroll step
 * down and back up, each frame timed from its layout to its painted pixels.
 * Goal (issue #8): under 30 ms to compute, no frame over 16 ms. The same
 * window scrolling a page of plain text is printed beside it as the floor.
 *
 *   bench-progress   (under a display: build-aux/dev bench progress)
 */

#define G_LOG_DOMAIN "bench-progress"

#include "config.h"

#include <adwaita.h>

#include "storage/sb-session-codec.h"
#include "ui/sb-progress-page.h"
#include "workout/sb-stats.h"

#define N_SESSIONS 3650

static const char * const exercises[] = {
  "incline-walk", "leg-curl", "hip-abduction-machine", "hip-thrust", "back-extension",
};

static GListStore *
make_history (GDateTime *now)
{
  GListStore *history = g_list_store_new (SB_TYPE_SESSION);

  for (guint i = 0; i < N_SESSIONS; i++)
    {
      g_autoptr(GDateTime) start = g_date_time_add_hours (now, -(gint) (i * 24 + 6));
      g_autoptr(SbSession) session = sb_session_new ("gym-corrective", "Corrective routine", start);

      sb_session_set_pain_before (session, 3 + i % 5);
      sb_session_set_pain_after (session, 1 + i % 4);
      for (guint e = 0; e < G_N_ELEMENTS (exercises); e++)
        for (guint s = 0; s < (e == 0 ? 1u : 3u); s++)
          {
            g_autoptr(SbSetRecord) set = sb_set_record_new (exercises[e]);

            if (e == 0)
              set->seconds = 600;
            else
              set->reps = 10 + (i + s) % 5;
            set->load_kg = e == 3 ? 20 + (N_SESSIONS - i) / 100.0 : -1;
            sb_session_add_set (session, set);
          }
      g_list_store_append (history, session);
    }

  return history;
}

/* Each session as a file of the history folder, as the store keeps it. */
static void
write_history (GListModel *history)
{
  for (guint i = 0; i < g_list_model_get_n_items (history); i++)
    {
      g_autoptr(SbSession) session = g_list_model_get_item (history, i);
      g_autofree char *name = sb_session_codec_dup_file_name (session);
      g_autofree char *path = g_build_filename (g_get_user_data_dir (), "strongback", "history", name, NULL);
      g_autofree char *parent = g_path_get_dirname (path);
      g_autofree char *data = sb_session_codec_write (session);

      g_mkdir_with_parents (parent, 0755);
      if (!g_file_set_contents (path, data, -1, NULL))
        g_error ("could not write %s", path);
    }
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double da = *(const double *) a, db = *(const double *) b;

  return (da > db) - (da < db);
}

static GtkScrolledWindow *
find_scrolled (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkScrolledWindow *found;

      if (GTK_IS_SCROLLED_WINDOW (child) && gtk_widget_get_mapped (child))
        return GTK_SCROLLED_WINDOW (child);
      if ((found = find_scrolled (child)) != NULL)
        return found;
    }

  return NULL;
}

/* A frame's work, from its layout (or its paint, when nothing moved) to
 * its pixels on the (Xvfb) screen. */
typedef struct
{
  gint64 start;
  double ms;
  gboolean painted;
} Frame;

static void
on_phase_start (GdkFrameClock *clock,
                Frame         *frame)
{
  if (frame->start == 0)
    frame->start = g_get_monotonic_time ();
}

static void
on_after_paint (GdkFrameClock *clock,
                Frame         *frame)
{
  if (frame->start == 0)
    return;
  frame->ms = (g_get_monotonic_time () - frame->start) / 1000.0;
  frame->painted = TRUE;
}

static double
draw_frame (GtkWidget *window,
            Frame     *frame)
{
  frame->start = 0;
  frame->painted = FALSE;
  gtk_widget_queue_draw (window);
  while (!frame->painted)
    g_main_context_iteration (NULL, TRUE);
  return frame->ms;
}

#define N_FRAMES 41

/* Shows @page in an 800 × 700 window, lets it settle (the charts'
 * animation ends), then scrolls it down and back up a step a frame. */
static void
scroll (GtkWidget *page,
        double    *median,
        double    *worst)
{
  g_autoptr(GArray) frames = g_array_new (FALSE, FALSE, sizeof (double));
  GtkWidget *window = gtk_window_new ();
  GtkAdjustment *adjustment;
  GdkFrameClock *clock;
  Frame frame = { 0 };

  gtk_window_set_default_size (GTK_WINDOW (window), 800, 700);
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  for (gint64 until = g_get_monotonic_time () + 800000; g_get_monotonic_time () < until;)
    g_main_context_iteration (NULL, FALSE);

  adjustment = gtk_scrolled_window_get_vadjustment (find_scrolled (window));
  clock = gtk_widget_get_frame_clock (window);
  g_signal_connect (clock, "layout", G_CALLBACK (on_phase_start), &frame);
  g_signal_connect (clock, "paint", G_CALLBACK (on_phase_start), &frame);
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), &frame);
  *worst = 0;
  for (int step = 0; step < N_FRAMES; step++)
    {
      double upper = gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment);
      int half = N_FRAMES / 2;
      double position = (step <= half ? step : 2 * half - step) / (double) half * upper;
      double ms;

      gtk_adjustment_set_value (adjustment, position);
      ms = draw_frame (window, &frame);
      g_array_append_val (frames, ms);
      *worst = MAX (*worst, ms);
    }
  g_signal_handlers_disconnect_by_data (clock, &frame);
  g_array_sort (frames, compare_doubles);
  *median = g_array_index (frames, double, frames->len / 2);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The floor: what the same window costs to scroll with a page of plain
 * wrapped text about as tall, so the figures above can be read against
 * what GTK itself takes on this display and renderer. */
static GtkWidget *
floor_page (void)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

  for (guint i = 0; i < 60; i++)
    {
      GtkWidget *label = gtk_label_new ("Sessions per week, pain before and after, and each exercise's best "
                                        "and trend, as a person reads them after a year of workouts.");

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_box_append (GTK_BOX (box), label);
    }
  gtk_widget_set_margin_start (box, 24);
  gtk_widget_set_margin_end (box, 24);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), box);
  return scroller;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GListStore) history = NULL;
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(SbContext) context = NULL;
  g_autoptr(GSettings) settings = NULL;
  double median, worst, floor_median, floor_worst;
  GtkWidget *page;

  g_setenv ("XDG_DATA_HOME", g_dir_make_tmp ("strongback-bench-XXXXXX", NULL), TRUE);
  adw_init ();

  history = make_history (now);
  for (guint i = 0; i < 20; i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(SbStats) stats = sb_stats_new (G_LIST_MODEL (history), now, SB_STATS_RANGE_YEAR, 3);
      double ms = (g_get_monotonic_time () - start) / 1000.0;

      g_array_append_val (times, ms);
    }
  g_array_sort (times, compare_doubles);
  g_print ("compute the year, %u sessions:  %6.2f ms (median of 20; goal 30 ms)\n",
           N_SESSIONS, g_array_index (times, double, times->len / 2));

  /* the page shows the context's history: written and read, not timed */
  write_history (G_LIST_MODEL (history));
  settings = g_settings_new (APP_ID);
  context = sb_context_new_default (settings, NULL);
  sb_history_store_load_async (sb_context_get_history (context), NULL, NULL, NULL);
  while (!sb_history_store_get_loaded (sb_context_get_history (context)))
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (sb_context_get_history (context))), ==, N_SESSIONS);
  page = sb_progress_page_new (context);
  sb_progress_page_set_now (SB_PROGRESS_PAGE (page), now);
  sb_progress_page_set_range (SB_PROGRESS_PAGE (page), SB_STATS_RANGE_YEAR);
  scroll (page, &median, &worst);
  scroll (floor_page (), &floor_median, &floor_worst);

  g_print ("draw the year while scrolling:  median %6.2f ms, worst %6.2f ms over %u frames (goal 16 ms)\n",
           median, worst, N_FRAMES);
  g_print ("floor, a page of plain text:    median %6.2f ms, worst %6.2f ms  (ratio %.2f, %.2f)\n",
           floor_median, floor_worst, median / floor_median, worst / floor_worst);
  return 0;
}
