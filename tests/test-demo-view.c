/* test-demo-view.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The demonstration view under the test display: its controls drive the
 * player, its keys are bound, it mirrors, pauses when hidden and explains
 * a clip it cannot play. */

#define G_LOG_DOMAIN "test-demo-view"

#include "config.h"

#include <adwaita.h>
#include <gst/gst.h>

#include "ui/sb-demo-view.h"
#include "sb-test-utils.h"

static char *clip;

static void
make_clip (void)
{
  g_autofree char *dir = g_dir_make_tmp ("strongback-view-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "clip.webm", NULL);
  g_autofree char *launch = g_strdup_printf ("videotestsrc num-buffers=30 ! video/x-raw,width=320,height=180,framerate=30/1"
                                             " ! vp8enc deadline=1 ! webmmux ! filesink location=\"%s\"", path);
  g_autoptr(GstElement) pipeline = gst_parse_launch (launch, NULL);
  g_autoptr(GstBus) bus = gst_element_get_bus (pipeline);
  g_autoptr(GstMessage) message = NULL;

  gst_element_set_state (pipeline, GST_STATE_PLAYING);
  message = gst_bus_timed_pop_filtered (bus, 60 * GST_SECOND, GST_MESSAGE_EOS | GST_MESSAGE_ERROR);
  g_assert_cmpint (GST_MESSAGE_TYPE (message), ==, GST_MESSAGE_EOS);
  gst_element_set_state (pipeline, GST_STATE_NULL);
  clip = g_filename_to_uri (path, NULL, NULL);
}

typedef struct
{
  GtkWindow    *window;
  SbDemoView   *view;
  SbDemoPlayer *player;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 640, 480);
  fixture->view = SB_DEMO_VIEW (sb_demo_view_new ());
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->view));
  fixture->player = sb_demo_view_get_player (fixture->view);

  gtk_window_present (fixture->window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
}

static GtkWidget *
find_child (GtkWidget  *widget,
            GType       type,
            const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type) &&
          (label == NULL || g_strcmp0 (gtk_widget_get_tooltip_text (child), label) == 0))
        return child;

      if ((found = find_child (child, type, label)) != NULL)
        return found;
    }

  return NULL;
}

static void
test_controls (Fixture       *fixture,
               gconstpointer  data)
{
  GtkWidget *speed = find_child (GTK_WIDGET (fixture->view), GTK_TYPE_DROP_DOWN, NULL);
  GtkWidget *play = find_child (GTK_WIDGET (fixture->view), GTK_TYPE_BUTTON, "Play (Space)");
  gint64 position;

  sb_demo_view_set_uri (fixture->view, clip);
  sb_test_wait_until (sb_demo_player_get_frame_duration (fixture->player) > 0);

  /* slow enough to follow, by default */
  g_assert_cmpfloat (sb_demo_player_get_rate (fixture->player), ==, 0.5);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (speed), 0);
  g_assert_cmpfloat (sb_demo_player_get_rate (fixture->player), ==, 0.25);

  g_assert_nonnull (play);
  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "demo.play-pause", NULL);
  g_assert_true (sb_demo_player_get_playing (fixture->player));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (play), ==, "Pause (Space)");
  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "demo.play-pause", NULL);
  g_assert_false (sb_demo_player_get_playing (fixture->player));

  position = sb_demo_player_get_position (fixture->player);
  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "demo.step-forward", NULL);
  sb_test_wait_until (sb_demo_player_get_position (fixture->player) != position);
  g_assert_cmpint (ABS (sb_demo_player_get_position (fixture->player) - position
                        - sb_demo_player_get_frame_duration (fixture->player)), <=, GST_MSECOND);

  g_assert_true (sb_demo_player_get_loop (fixture->player));
  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "demo.loop", NULL);
  g_assert_false (sb_demo_player_get_loop (fixture->player));
}

static void
test_keys_bound (Fixture       *fixture,
                 gconstpointer  data)
{
  const char *expected[][2] = {
    { "space", "action(demo.play-pause)" },
    { "comma", "action(demo.step-back)" },
    { "period", "action(demo.step-forward)" },
  };
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (fixture->view));
  guint found = 0;

  for (guint c = 0; c < g_list_model_get_n_items (controllers); c++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, c);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint s = 0; s < g_list_model_get_n_items (G_LIST_MODEL (controller)); s++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), s);
          g_autofree char *trigger = gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));
          g_autofree char *action = gtk_shortcut_action_to_string (gtk_shortcut_get_action (shortcut));

          for (guint e = 0; e < G_N_ELEMENTS (expected); e++)
            if (g_str_equal (trigger, expected[e][0]) && g_str_equal (action, expected[e][1]))
              found++;
        }
    }

  g_assert_cmpuint (found, ==, G_N_ELEMENTS (expected));
  g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (fixture->view)));
}

static void
test_mirrored (Fixture       *fixture,
               gconstpointer  data)
{
  GtkWidget *picture = find_child (GTK_WIDGET (fixture->view), GTK_TYPE_PICTURE, NULL);
  GtkWidget *video = gtk_widget_get_parent (picture);
  graphene_point_t origin;

  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "demo.mirrored", NULL);
  g_assert_true (sb_demo_view_get_mirrored (fixture->view));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));

  /* the video's left edge now lies at the view's right edge */
  g_assert_true (gtk_widget_compute_point (video, GTK_WIDGET (fixture->view),
                                           &GRAPHENE_POINT_INIT (0, 0), &origin));
  g_assert_cmpfloat_with_epsilon (origin.x, gtk_widget_get_width (GTK_WIDGET (fixture->view)), 0.5);

  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "demo.mirrored", NULL);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  g_assert_true (gtk_widget_compute_point (video, GTK_WIDGET (fixture->view),
                                           &GRAPHENE_POINT_INIT (0, 0), &origin));
  g_assert_cmpfloat_with_epsilon (origin.x, 0, 0.5);
}

static void
test_pauses_when_hidden (Fixture       *fixture,
                         gconstpointer  data)
{
  sb_demo_view_set_uri (fixture->view, clip);
  sb_demo_player_play (fixture->player);

  gtk_widget_set_visible (GTK_WIDGET (fixture->window), FALSE);
  g_assert_false (sb_demo_player_get_playing (fixture->player));

  gtk_window_present (fixture->window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  g_assert_true (sb_demo_player_get_playing (fixture->player));
}

static void
test_error_shown (Fixture       *fixture,
                  gconstpointer  data)
{
  GtkWidget *page = find_child (GTK_WIDGET (fixture->view), ADW_TYPE_STATUS_PAGE, NULL);

  g_assert_false (gtk_widget_get_visible (page));
  sb_demo_view_set_uri (fixture->view, "file:///nonexistent/leg-curl.webm");
  sb_demo_player_play (fixture->player);
  sb_test_wait_until (sb_demo_player_get_error (fixture->player) != NULL);

  g_assert_true (gtk_widget_get_visible (page));
  g_assert_nonnull (strstr (adw_status_page_get_description (ADW_STATUS_PAGE (page)), "“leg-curl.webm”"));

  /* a good clip brings the picture back */
  sb_demo_view_set_uri (fixture->view, clip);
  g_assert_false (gtk_widget_get_visible (page));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  gst_init (&argc, &argv);
  make_clip ();

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/demo-view/controls", test_controls);
  ADD ("/demo-view/keys-bound", test_keys_bound);
  ADD ("/demo-view/mirrored", test_mirrored);
  ADD ("/demo-view/pauses-when-hidden", test_pauses_when_hidden);
  ADD ("/demo-view/error-shown", test_error_shown);
#undef ADD

  return g_test_run ();
}
