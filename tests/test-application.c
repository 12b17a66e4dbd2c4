/* test-application.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Starts the real application under the test display and checks what a
 * user depends on first: a window with the right title appears, the window
 * comes back at the size it was left at, app.quit exits cleanly, and the
 * desktop menu's actions (--history, --start-workout) work both on a first
 * launch and handed from a second launch to the instance running.
 */

#define G_LOG_DOMAIN "test-application"

#include "config.h"

#include <adwaita.h>

#include "ui/sb-workout-page.h"
#include "sb-test-app.h"

typedef struct
{
  GtkWindow *window;   /* weak */
  int        width;
  int        height;
  gboolean   checked;
} AppFixture;

static SbApplication *
new_test_application (void)
{
  SbApplication *app;

  sb_test_app_reset ();
  app = sb_application_new ();

  /* Each test runs its own instance; uniqueness has its own test. */
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);

  return app;
}

static void
on_activate_check_window (GApplication *app,
                          AppFixture   *fixture)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  g_assert_nonnull (window);
  g_assert_true (SB_IS_WINDOW (window));

  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));
  g_assert_cmpstr (gtk_window_get_title (window), ==, "Strongback");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));

  fixture->window = window;
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &fixture->window);
  fixture->checked = TRUE;

  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
}

static void
test_application_window_and_quit (void)
{
  g_autoptr(SbApplication) app = new_test_application ();
  AppFixture fixture = { 0 };
  int status;

  g_signal_connect_after (app, "activate", G_CALLBACK (on_activate_check_window), &fixture);

  status = g_application_run (G_APPLICATION (app), 0, NULL);

  g_assert_cmpint (status, ==, 0);
  g_assert_true (fixture.checked);
  /* app.quit destroys the window, it does not just hide it */
  g_assert_null (fixture.window);
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (app)));

  g_assert_finalize_object (g_steal_pointer (&app));
}

static void
on_activate_resize_and_quit (GApplication *app,
                             AppFixture   *fixture)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  gtk_window_get_default_size (window, &fixture->width, &fixture->height);

  /* what a user's resize leaves behind */
  gtk_window_set_default_size (window, 640, 480);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
}

static void
test_application_window_state_restored (void)
{
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(SbApplication) app = NULL;
  AppFixture fixture = { 0 };

  sb_test_app_reset ();
  settings = g_settings_new (APP_ID);
  g_settings_set_int (settings, "window-width", 700);
  g_settings_set_int (settings, "window-height", 500);
  g_settings_set_boolean (settings, "window-maximized", FALSE);

  app = sb_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_signal_connect_after (app, "activate", G_CALLBACK (on_activate_resize_and_quit), &fixture);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 0, NULL), ==, 0);

  /* the window opened at the saved size ... */
  g_assert_cmpint (fixture.width, ==, 700);
  g_assert_cmpint (fixture.height, ==, 500);

  /* ... and saved the new size on the way out */
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 640);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 480);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));

  g_assert_finalize_object (g_steal_pointer (&app));
}

static guint
count_dialogs_of (GtkWindow *parent)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (gtk_window_get_transient_for (window) == parent &&
          gtk_widget_get_visible (GTK_WIDGET (window)))
        n++;
    }

  return n;
}

static void
on_activate_check_actions (GApplication *app,
                           AppFixture   *fixture)
{
  const char *expected[] = { "quit", "about", "shortcuts" };
  GtkWindow *main_window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_auto(GStrv) accels = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), expected[i]));

  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "app.quit");
  g_assert_true (g_strv_contains ((const char * const *) accels, "<Control>q"));

  /* About and the shortcuts open as dialogs of the main window. */
  g_assert_cmpuint (count_dialogs_of (main_window), ==, 0);
  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  g_assert_cmpuint (count_dialogs_of (main_window), ==, 1);
  g_action_group_activate_action (G_ACTION_GROUP (app), "shortcuts", NULL);
  g_assert_cmpuint (count_dialogs_of (main_window), ==, 2);

  fixture->checked = TRUE;
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
}

static void
test_application_actions (void)
{
  g_autoptr(SbApplication) app = new_test_application ();
  AppFixture fixture = { 0 };

  g_signal_connect_after (app, "activate", G_CALLBACK (on_activate_check_actions), &fixture);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 0, NULL), ==, 0);
  g_assert_true (fixture.checked);
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (app)));
}

static const char *
sidebar_page (GtkWindow *window)
{
  return adw_view_stack_get_visible_child_name (sb_test_find_named (window, "sidebar-stack"));
}

static gboolean
in_workout (GtkWindow *window)
{
  GtkWidget *page = sb_test_find (GTK_WIDGET (window), SB_TYPE_WORKOUT_PAGE);

  return page != NULL && gtk_widget_get_mapped (page);
}

typedef struct
{
  gboolean exited;
  int      status;
} Launch;

static void
on_launch_exited (GPid     pid,
                  int      status,
                  gpointer user_data)
{
  Launch *launch = user_data;

  launch->status = status;
  launch->exited = TRUE;
  g_spawn_close_pid (pid);
}

/* Runs strongback OPTION as a second process, as the desktop menu does. */
static void
launch_again (const char *option)
{
  g_autofree char *binary = g_test_build_filename (G_TEST_BUILT, "..", "src", "strongback", NULL);
  const char *argv[] = { binary, option, NULL };
  g_autoptr(GError) error = NULL;
  Launch launch = { 0 };
  GPid pid;

  g_assert_true (g_spawn_async (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL, &pid, &error));
  g_assert_no_error (error);
  g_child_watch_add (pid, on_launch_exited, &launch);

  /* it hands over and leaves at once, successfully */
  sb_test_wait_until (launch.exited);
  g_assert_true (g_spawn_check_wait_status (launch.status, NULL));
}

static void
on_activate_second_launch (GApplication *app,
                           AppFixture   *fixture)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  /* each second launch activates this instance again: check once */
  g_signal_handlers_disconnect_by_func (app, on_activate_second_launch, fixture);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_cmpstr (sidebar_page (window), ==, "routines");

  launch_again ("--history");
  sb_test_wait_until (g_strcmp0 (sidebar_page (window), "history") == 0);
  g_assert_true (gtk_application_get_active_window (GTK_APPLICATION (app)) == window);
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, 1);

  launch_again ("--start-workout");
  sb_test_wait_until (in_workout (window));
  {
    SbWorkoutPage *page = sb_test_find (GTK_WIDGET (window), SB_TYPE_WORKOUT_PAGE);
    SbRoutine *routine = sb_workout_session_get_routine (sb_workout_page_get_workout (page));

    /* today's routine: the one started last */
    g_assert_cmpstr (sb_routine_get_id (routine), ==, "desk-break");
  }

  fixture->checked = TRUE;
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
}

static void
test_second_launch_hands_over (void)
{
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(SbApplication) app = NULL;
  AppFixture fixture = { 0 };

  sb_test_app_reset ();
  settings = g_settings_new (APP_ID);
  app = sb_application_new ();
  g_settings_set_boolean (settings, "safety-accepted", TRUE);
  g_settings_set_string (settings, "last-routine", "desk-break");

  /* unique, as installed: the second launch finds this instance */
  g_signal_connect_after (app, "activate", G_CALLBACK (on_activate_second_launch), &fixture);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 0, NULL), ==, 0);
  g_assert_true (fixture.checked);
}

static void
on_activate_check_history (GApplication *app,
                           AppFixture   *fixture)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  fixture->checked = g_strcmp0 (sidebar_page (window), "history") == 0;
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
}

static void
test_first_launch_with_action (void)
{
  g_autoptr(SbApplication) app = new_test_application ();
  char *argv[] = { (char *) "strongback", (char *) "--history", NULL };
  AppFixture fixture = { 0 };

  /* the action waits for the window it acts on */
  g_signal_connect_after (app, "activate", G_CALLBACK (on_activate_check_history), &fixture);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 2, argv), ==, 0);
  g_assert_true (fixture.checked);
}

int
main (int   argc,
      char *argv[])
{
  sb_test_app_init (&argc, &argv, "application");

  g_test_add_func ("/application/window-and-quit", test_application_window_and_quit);
  g_test_add_func ("/application/window-state-restored", test_application_window_state_restored);
  g_test_add_func ("/application/actions", test_application_actions);
  g_test_add_func ("/application/first-launch-with-action", test_first_launch_with_action);
  g_test_add_func ("/application/second-launch-hands-over", test_second_launch_hands_over);

  return g_test_run ();
}
