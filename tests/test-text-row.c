/* test-text-row.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* SbTextRow, the row a routine's steps are listed in: its title and
 * subtitle wrap instead of being cut off at 360 px, never overlap each
 * other or the arrow, and activating it reaches the page. */

#define G_LOG_DOMAIN "test-text-row"

#include "config.h"

#include <adwaita.h>

#include "ui/sb-text-row.h"
#include "sb-test-utils.h"

#define LONG_TITLE "1. Single-leg Romanian deadlift with a dumbbell"
#define LONG_DOSE "3 sets × 8–10 reps each side · tempo 3-1-1 · rest 90 s"

typedef struct
{
  GtkWindow *window;
  GtkListBox *list;
  SbTextRow *row;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->window = GTK_WINDOW (gtk_window_new ());
  fixture->list = GTK_LIST_BOX (gtk_list_box_new ());
  fixture->row = SB_TEXT_ROW (sb_text_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (fixture->row), LONG_TITLE);
  sb_text_row_set_subtitle (fixture->row, LONG_DOSE);
  gtk_list_box_append (fixture->list, GTK_WIDGET (fixture->row));
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->list));
  gtk_window_present (fixture->window);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
}

static void
count (int *counter)
{
  (*counter)++;
}

static GtkWidget *
find_label (SbTextRow  *row,
            const char *css_class)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (row)); child; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LABEL (child) && gtk_widget_has_css_class (child, css_class))
      return child;
  g_assert_not_reached ();
}

static GtkWidget *
find_arrow (SbTextRow *row)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (row)); child; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_IMAGE (child))
      return child;
  g_assert_not_reached ();
}

static int
height_for_width (GtkWidget *widget,
                  int        width)
{
  int height;

  gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL, width, &height, NULL, NULL, NULL);
  return height;
}

static void
test_wraps (Fixture       *fixture,
            gconstpointer  data)
{
  GtkWidget *row = GTK_WIDGET (fixture->row);
  int minimum, natural;

  /* it can be narrower than its text, and is then taller */
  gtk_widget_measure (row, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
  g_assert_cmpint (minimum, <, 200);
  g_assert_cmpint (natural, >, 300);
  g_assert_cmpint (height_for_width (row, 200), >, height_for_width (row, natural));

  /* the text is all there: nothing is ellipsized or limited to a line */
  g_assert_cmpint (gtk_label_get_ellipsize (GTK_LABEL (find_label (fixture->row, "title"))), ==, PANGO_ELLIPSIZE_NONE);
  g_assert_cmpint (gtk_label_get_lines (GTK_LABEL (find_label (fixture->row, "subtitle"))), ==, -1);
}

static void
check_layout (Fixture *fixture,
              int      width,
              gboolean rtl)
{
  GtkWidget *row = GTK_WIDGET (fixture->row);
  GtkWidget *title = find_label (fixture->row, "title");
  GtkWidget *subtitle = find_label (fixture->row, "subtitle");
  GtkWidget *arrow = find_arrow (fixture->row);
  graphene_rect_t t, s, a;
  int height = height_for_width (row, width);

  gtk_widget_allocate (row, width, height, -1, NULL);
  g_assert_true (gtk_widget_compute_bounds (title, row, &t));
  g_assert_true (gtk_widget_compute_bounds (subtitle, row, &s));
  g_assert_true (gtk_widget_compute_bounds (arrow, row, &a));

  /* the title is tall enough for its lines at the width it was given */
  g_assert_cmpfloat (t.size.height, >=, height_for_width (title, t.size.width));
  g_assert_cmpfloat (s.size.height, >=, height_for_width (subtitle, s.size.width));
  /* subtitle below the title, both inside the row */
  g_assert_cmpfloat (s.origin.y, >=, t.origin.y + t.size.height);
  g_assert_cmpfloat (s.origin.y + s.size.height, <=, height);
  g_assert_cmpfloat (t.origin.y, >=, 0);
  /* the arrow beside the text, on the side the text ends */
  g_assert_cmpfloat (a.size.width, >, 0);
  if (rtl)
    g_assert_cmpfloat (a.origin.x + a.size.width, <=, t.origin.x);
  else
    g_assert_cmpfloat (a.origin.x, >=, t.origin.x + t.size.width);
  g_assert_cmpfloat (MAX (a.origin.x + a.size.width, t.origin.x + t.size.width), <=, width);
}

static void
test_layout (Fixture       *fixture,
             gconstpointer  data)
{
  /* over many widths, so that some fall just where a line breaks */
  for (int width = 150; width <= 600; width += 3)
    check_layout (fixture, width, FALSE);
  gtk_widget_set_direction (GTK_WIDGET (fixture->row), GTK_TEXT_DIR_RTL);
  for (int width = 150; width <= 600; width += 3)
    check_layout (fixture, width, TRUE);
}

static void
test_subtitle (Fixture       *fixture,
               gconstpointer  data)
{
  GtkWidget *subtitle = find_label (fixture->row, "subtitle");
  int notified = 0;
  int with, without;

  g_signal_connect_swapped (fixture->row, "notify::subtitle", G_CALLBACK (count), &notified);

  with = height_for_width (GTK_WIDGET (fixture->row), 300);
  sb_text_row_set_subtitle (fixture->row, LONG_DOSE);
  g_assert_cmpint (notified, ==, 0);

  /* an empty subtitle takes no room */
  sb_text_row_set_subtitle (fixture->row, "");
  g_assert_cmpint (notified, ==, 1);
  g_assert_false (gtk_widget_get_visible (subtitle));
  without = height_for_width (GTK_WIDGET (fixture->row), 300);
  g_assert_cmpint (without, <, with);

  sb_text_row_set_subtitle (fixture->row, "Hold 30 s");
  g_assert_cmpint (notified, ==, 2);
  g_assert_true (gtk_widget_get_visible (subtitle));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (subtitle)), ==, "Hold 30 s");

  /* the title follows the row's title */
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (fixture->row), "2. Glute bridge");
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (find_label (fixture->row, "title"))), ==, "2. Glute bridge");
}

static void
test_activated (Fixture       *fixture,
                gconstpointer  data)
{
  GtkWidget *other = sb_text_row_new ();
  int activated = 0;

  gtk_list_box_append (fixture->list, other);
  g_signal_connect_swapped (fixture->row, "activated", G_CALLBACK (count), &activated);

  /* Enter on the row, as the list box reports it */
  gtk_widget_activate (GTK_WIDGET (fixture->row));
  g_assert_cmpint (activated, ==, 1);
  /* another row's activation is not this one's */
  gtk_widget_activate (other);
  g_assert_cmpint (activated, ==, 1);

  /* taken out of the list, it no longer hears from it */
  g_object_ref (fixture->row);
  gtk_list_box_remove (fixture->list, GTK_WIDGET (fixture->row));
  g_signal_emit_by_name (fixture->list, "row-activated", fixture->row);
  g_assert_cmpint (activated, ==, 1);
  g_object_unref (fixture->row);
}

static void
on_go (GSimpleAction *action,
       GVariant      *parameter,
       gpointer       user_data)
{
  (*(int *) user_data)++;
}

static void
test_action (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) action = g_simple_action_new ("go", NULL);
  int went = 0;

  /* a row with an action, as the routine page's "Why activation?" row */
  g_signal_connect (action, "activate", G_CALLBACK (on_go), &went);
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (action));
  gtk_widget_insert_action_group (GTK_WIDGET (fixture->window), "test", G_ACTION_GROUP (group));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (fixture->row), "test.go");

  gtk_widget_activate (GTK_WIDGET (fixture->row));
  g_assert_cmpint (went, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/text-row/wraps", test_wraps);
  ADD ("/text-row/layout", test_layout);
  ADD ("/text-row/subtitle", test_subtitle);
  ADD ("/text-row/activated", test_activated);
  ADD ("/text-row/action", test_action);
#undef ADD

  return g_test_run ();
}
