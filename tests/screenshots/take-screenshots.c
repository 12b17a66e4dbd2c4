/* take-screenshots.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Shows Strongback's main views and saves each as a PNG, rendered by the
 * window's own renderer: wide in the light and dark styles, and narrow.
 * build-aux/dev screenshots runs it under Xvfb into data/screenshots/,
 * which the metainfo points at.
 *
 *   take-screenshots OUTPUT-DIR
 */

#include "config.h"

#include <adwaita.h>

#include "sb-application.h"
#include "ui/sb-exercise-page.h"
#include "ui/sb-routine-page.h"
#include "ui/sb-window.h"
#include "../sb-test-utils.h"

static const char *output_dir;

/* Lets the window settle: layout, transitions and a few video frames. */
static void
settle (GtkWidget *window,
        guint      milliseconds)
{
  gint64 until = g_get_monotonic_time () + milliseconds * 1000;

  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
  gtk_test_widget_wait_for_draw (window);
}

static void
save (GtkWidget  *window,
      const char *name)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (window);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = g_build_filename (output_dir, name, NULL);
  int width = gtk_widget_get_width (window), height = gtk_widget_get_height (window);

  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (!gdk_texture_save_to_png (texture, path))
    g_error ("could not write %s", path);
  g_print ("%s\n", path);
}

static void
open_step (GtkWidget *window,
           guint      index)
{
  SbRoutinePage *page = sb_test_find (window, SB_TYPE_ROUTINE_PAGE);
  GtkWidget *row = sb_test_find (GTK_WIDGET (page), ADW_TYPE_ACTION_ROW);

  for (guint i = 0; i < index; i++)
    row = gtk_widget_get_next_sibling (row);
  g_signal_emit_by_name (row, "activated");
}

static void
on_activate (GApplication *app)
{
  GtkWidget *window = GTK_WIDGET (gtk_application_get_active_window (GTK_APPLICATION (app)));
  AdwStyleManager *style = adw_style_manager_get_default ();

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  settle (window, 500);
  save (window, "routine.png");

  gtk_widget_activate_action (window, "win.method", NULL);
  settle (window, 600);
  save (window, "method.png");
  gtk_widget_activate_action (window, "win.back", NULL);

  /* the hip thrust, with its demonstration at the squeeze */
  open_step (window, 3);
  settle (window, 2200);
  save (window, "exercise.png");

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  settle (window, 600);
  save (window, "exercise-dark.png");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);

  gtk_window_set_default_size (GTK_WINDOW (window), 360, 720);
  settle (window, 800);
  save (window, "exercise-narrow.png");

  gtk_widget_activate_action (window, "win.back", NULL);
  gtk_widget_activate_action (window, "win.back", NULL);
  settle (window, 800);
  save (window, "routines-narrow.png");

  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(SbApplication) app = NULL;

  if (argc != 2)
    {
      g_printerr ("usage: %s OUTPUT-DIR\n", argv[0]);
      return 2;
    }
  output_dir = argv[1];
  g_mkdir_with_parents (output_dir, 0755);

  gtk_init ();
  app = sb_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_signal_connect_after (app, "activate", G_CALLBACK (on_activate), NULL);

  return g_application_run (G_APPLICATION (app), 0, NULL);
}
