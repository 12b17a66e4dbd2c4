/* sb-window.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The main window. It remembers its size and maximized state in GSettings
 * so that it comes back the way the user left it.
 */

#define G_LOG_DOMAIN "sb-window"

#include "config.h"

#include <glib/gi18n.h>

#include "sb-window.h"

struct _SbWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;
};

G_DEFINE_FINAL_TYPE (SbWindow, sb_window, ADW_TYPE_APPLICATION_WINDOW)

SbWindow *
sb_window_new (SbApplication *application)
{
  g_return_val_if_fail (SB_IS_APPLICATION (application), NULL);

  return g_object_new (SB_TYPE_WINDOW,
                       "application", application,
                       NULL);
}

static void
sb_window_save_state (SbWindow *self)
{
  int width, height;

  /* The default size tracks the unmaximized size, which is what should
   * come back when the window is unmaximized after a restart. */
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);

  g_settings_delay (self->settings);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  g_settings_apply (self->settings);
}

static void
sb_window_restore_state (SbWindow *self)
{
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));

  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static void
sb_window_unrealize (GtkWidget *widget)
{
  /* Every way out (closing, app.quit, the session ending) unrealizes. */
  sb_window_save_state (SB_WINDOW (widget));

  GTK_WIDGET_CLASS (sb_window_parent_class)->unrealize (widget);
}

static void
sb_window_dispose (GObject *object)
{
  SbWindow *self = SB_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SB_TYPE_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (sb_window_parent_class)->dispose (object);
}

static void
sb_window_class_init (SbWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sb_window_dispose;

  widget_class->unrealize = sb_window_unrealize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/strongback/Strongback/ui/sb-window.ui");
}

static void
sb_window_init (SbWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  sb_window_restore_state (self);
}
