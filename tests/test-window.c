/* test-window.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The main window under the test display, driven as a person would: the
 * routines are listed, a routine shows its steps, a step opens the exercise
 * with its demonstration playing and its texts, variations lead on, a
 * narrow window folds to one pane, and Escape goes back. */

#include "config.h"

#include <adwaita.h>

#include "sb-application.h"
#include "ui/sb-exercise-page.h"
#include "ui/sb-routine-page.h"
#include "ui/sb-window.h"
#include "sb-test-utils.h"

typedef void (*WindowTest) (SbWindow *window);

static void
on_activate (GApplication *app,
             WindowTest    test)
{
  SbWindow *window = SB_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));

  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  test (window);
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
}

static void
run_with_window (gconstpointer data)
{
  g_autoptr(SbApplication) app = sb_application_new ();

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_signal_connect_after (app, "activate", G_CALLBACK (on_activate), (gpointer) data);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 0, NULL), ==, 0);
}

/* The list of routines (a drop-down's popover holds a list view too). */
static GtkListView *
find_routine_list (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkListView *found;

      GtkSelectionModel *model = GTK_IS_LIST_VIEW (child) ? gtk_list_view_get_model (GTK_LIST_VIEW (child)) : NULL;

      GListModel *inner = GTK_IS_SINGLE_SELECTION (model) ? gtk_single_selection_get_model (GTK_SINGLE_SELECTION (model)) : NULL;

      if (GTK_IS_FILTER_LIST_MODEL (inner))
        inner = gtk_filter_list_model_get_model (GTK_FILTER_LIST_MODEL (inner));
      if (SB_IS_CATALOG (inner))
        return GTK_LIST_VIEW (child);
      if ((found = find_routine_list (child)) != NULL)
        return found;
    }

  return NULL;
}

/* The page's title: the label styled as one. */
static GtkLabel *
find_title (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *found;

      if (GTK_IS_LABEL (child) && gtk_widget_has_css_class (child, "title-1"))
        return GTK_LABEL (child);
      if (!ADW_IS_STATUS_PAGE (child) && (found = find_title (child)) != NULL)
        return found;
    }

  return NULL;
}

static GtkStack *
content_stack (SbWindow *window)
{
  SbRoutinePage *page = sb_test_find (GTK_WIDGET (window), SB_TYPE_ROUTINE_PAGE);

  return GTK_STACK (gtk_widget_get_parent (GTK_WIDGET (page)));
}

static void
activate_first_step (SbWindow *window)
{
  SbRoutinePage *page = sb_test_find (GTK_WIDGET (window), SB_TYPE_ROUTINE_PAGE);
  AdwActionRow *row = sb_test_find (GTK_WIDGET (page), ADW_TYPE_ACTION_ROW);

  g_assert_nonnull (row);
  g_signal_emit_by_name (row, "activated");
}

static void
check_routines_and_steps (SbWindow *window)
{
  GtkListView *list = find_routine_list (GTK_WIDGET (window));
  GtkSelectionModel *model = gtk_list_view_get_model (list);
  SbRoutinePage *page = sb_test_find (GTK_WIDGET (window), SB_TYPE_ROUTINE_PAGE);

  /* the method's three routines */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 3);

  /* side by side, the selected routine shows with its steps */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (content_stack (window)), ==, "routine");
  g_assert_cmpstr (sb_routine_get_id (sb_routine_page_get_routine (page)), ==, "gym-corrective");

  /* choosing another shows that one */
  g_signal_emit_by_name (list, "activate", 2);
  g_assert_cmpstr (sb_routine_get_id (sb_routine_page_get_routine (page)), ==, "desk-break");
}

static void
check_exercise_opens (SbWindow *window)
{
  SbExercisePage *page;
  SbDemoPlayer *player;
  GtkLabel *title;

  activate_first_step (window);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (content_stack (window)), ==, "exercise");

  page = SB_EXERCISE_PAGE (gtk_stack_get_visible_child (content_stack (window)));
  g_assert_cmpstr (sb_exercise_get_id (sb_exercise_page_get_exercise (page)), ==, "incline-walk");
  title = find_title (GTK_WIDGET (page));
  g_assert_cmpstr (gtk_label_get_label (title), ==, "Incline treadmill walk");

  /* its demonstration plays, from the shipped clip */
  player = sb_demo_view_get_player (sb_exercise_page_get_demo_view (page));
  g_assert_true (g_str_has_suffix (sb_demo_player_get_uri (player), "/incline-walk.webm"));
  sb_test_wait_until (gdk_paintable_get_intrinsic_width (GDK_PAINTABLE (player)) == 1280 ||
              sb_demo_player_get_error (player) != NULL);
  g_assert_null (sb_demo_player_get_error (player));
  g_assert_true (sb_demo_player_get_playing (player));

  /* Escape goes back to the routine, and the clip stops */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (content_stack (window)), ==, "routine");
  g_assert_false (sb_demo_player_get_playing (player));
}

static void
check_variation_opens (SbWindow *window)
{
  SbExercisePage *page;
  GtkWidget *group;
  AdwActionRow *row;

  activate_first_step (window);
  page = SB_EXERCISE_PAGE (gtk_stack_get_visible_child (content_stack (window)));

  /* the incline walk's equipment-free alternative */
  group = sb_test_find (GTK_WIDGET (page), ADW_TYPE_PREFERENCES_GROUP);
  while (group != NULL &&
         !(ADW_IS_PREFERENCES_GROUP (group) &&
           g_strcmp0 (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (group)), "Variations") == 0))
    group = gtk_widget_get_next_sibling (group);
  g_assert_nonnull (group);
  row = sb_test_find (group, ADW_TYPE_ACTION_ROW);
  g_signal_emit_by_name (row, "activated");

  g_assert_cmpstr (sb_exercise_get_id (sb_exercise_page_get_exercise (page)), ==, "uphill-walk");
}

static void
check_narrow_folds (SbWindow *window)
{
  AdwLeaflet *leaflet = sb_test_find (GTK_WIDGET (window), ADW_TYPE_LEAFLET);
  GtkListView *list = find_routine_list (GTK_WIDGET (window));

  gtk_window_set_default_size (GTK_WINDOW (window), 360, 640);
  sb_test_wait_until (adw_leaflet_get_folded (leaflet));

  /* one pane: the list first, then the routine, and back */
  g_assert_true (gtk_widget_is_ancestor (GTK_WIDGET (list), adw_leaflet_get_visible_child (leaflet)));
  g_signal_emit_by_name (list, "activate", 1);
  g_assert_false (gtk_widget_is_ancestor (GTK_WIDGET (list), adw_leaflet_get_visible_child (leaflet)));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  g_assert_true (gtk_widget_is_ancestor (GTK_WIDGET (list), adw_leaflet_get_visible_child (leaflet)));
}

static void
check_method_page (SbWindow *window)
{
  /* from the menu (or the routine page's row) and back */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.method", NULL);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (content_stack (window)), ==, "method");
  g_assert_cmpstr (gtk_label_get_label (find_title (gtk_stack_get_visible_child (content_stack (window)))),
                   ==, "Why Activation, Not Stretching?");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (content_stack (window)), ==, "routine");
}

static void
check_search (SbWindow *window)
{
  GtkListView *list = find_routine_list (GTK_WIDGET (window));
  GtkSearchBar *bar = sb_test_find (GTK_WIDGET (window), GTK_TYPE_SEARCH_BAR);
  GtkSearchEntry *entry = GTK_SEARCH_ENTRY (gtk_search_bar_get_child (bar));
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (list));
  SbRoutinePage *page = sb_test_find (GTK_WIDGET (window), SB_TYPE_ROUTINE_PAGE);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  g_assert_true (gtk_search_bar_get_search_mode (bar));

  gtk_editable_set_text (GTK_EDITABLE (entry), "DESK");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);

  /* Enter opens the match */
  g_signal_emit_by_name (entry, "activate");
  g_assert_cmpstr (sb_routine_get_id (sb_routine_page_get_routine (page)), ==, "desk-break");

  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *demos = NULL;

  gtk_test_init (&argc, &argv, NULL);

  demos = g_test_build_filename (G_TEST_DIST, "..", "data", "demos", NULL);
  g_setenv ("STRONGBACK_DEMOS_DIR", demos, TRUE);

  g_test_add_data_func ("/window/routines-and-steps", check_routines_and_steps, run_with_window);
  g_test_add_data_func ("/window/exercise-opens", check_exercise_opens, run_with_window);
  g_test_add_data_func ("/window/variation-opens", check_variation_opens, run_with_window);
  g_test_add_data_func ("/window/narrow-folds", check_narrow_folds, run_with_window);
  g_test_add_data_func ("/window/method-page", check_method_page, run_with_window);
  g_test_add_data_func ("/window/search", check_search, run_with_window);

  return g_test_run ();
}
