/* sb-application.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The application object: owns the context (everything Strongback knows
 * and keeps), the app-wide actions, and creates the main window. Only one
 * instance runs per session; a second launch activates the first one,
 * which raises its window. After the first frame the context reads the
 * user's routines and history, then finds a workout left unfinished,
 * which the window offers.
 */

#define G_LOG_DOMAIN "sb-application"

#include "config.h"

#include <glib/gi18n.h>

#include "sb-application.h"
#include "ui/sb-preferences-window.h"
#include "ui/sb-window.h"

struct _SbApplication
{
  AdwApplication  parent_instance;

  SbContext        *context;
  GSettings        *settings;
  const char       *pending_action;  /* from the command line, for after the window */
};

G_DEFINE_FINAL_TYPE (SbApplication, sb_application, ADW_TYPE_APPLICATION)

SbApplication *
sb_application_new (void)
{
  return g_object_new (SB_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", "/io/github/strongback/Strongback",
                       NULL);
}

/**
 * sb_application_get_context:
 *
 * Returns: (transfer none): everything Strongback knows and keeps
 */
SbContext *
sb_application_get_context (SbApplication *self)
{
  g_return_val_if_fail (SB_IS_APPLICATION (self), NULL);
  return self->context;
}

/* The loaders' callbacks hold no reference to the application: quitting
 * while they run must still finalize it. They find it, if it is still
 * there, when they are called. */
static SbApplication *
running_application (void)
{
  GApplication *app = g_application_get_default ();

  return SB_IS_APPLICATION (app) ? SB_APPLICATION (app) : NULL;
}

/* The window's icon for the window manager costs about a tenth of the
 * first frame (GTK renders the SVG even on Wayland, where it is not
 * shown), so it comes once that frame is on screen. A default set now no
 * longer reaches a window already realized: set it on each. */
static gboolean
set_window_icons (gpointer data)
{
  SbApplication *self = running_application ();

  gtk_window_set_default_icon_name (APP_ID);
  for (GList *l = self ? gtk_application_get_windows (GTK_APPLICATION (self)) : NULL; l != NULL; l = l->next)
    gtk_window_set_icon_name (l->data, APP_ID);

  return G_SOURCE_REMOVE;
}

static void
start_loading (SbApplication *self,
               GdkFrameClock *clock)
{
  g_signal_handlers_disconnect_by_func (clock, start_loading, self);
  g_idle_add_full (G_PRIORITY_LOW, set_window_icons, NULL, NULL);

  sb_context_load (self->context);
}

static void
sb_application_activate (GApplication *app)
{
  SbApplication *self = SB_APPLICATION (app);
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  if (window == NULL)
    {
      window = GTK_WINDOW (sb_window_new (GTK_APPLICATION (self), self->context));
      gtk_widget_realize (GTK_WIDGET (window));

      /* The user's routines and history are read once the window has
       * painted: their readers would compete with the first frame. */
      g_signal_connect_object (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "after-paint",
                               G_CALLBACK (start_loading), self, G_CONNECT_SWAPPED);
    }

  gtk_window_present (window);

  if (self->pending_action != NULL)
    {
      const char *action = self->pending_action;

      self->pending_action = NULL;
      g_action_group_activate_action (G_ACTION_GROUP (self), action, NULL);
    }
}

/* --start-workout and --history (the desktop file's actions) become app
 * actions, run by the instance already running if there is one. */
static int
sb_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  SbApplication *self = SB_APPLICATION (app);
  g_autoptr(GError) error = NULL;
  const char *action = NULL;

  if (g_variant_dict_contains (options, "start-workout"))
    action = "start-workout";
  else if (g_variant_dict_contains (options, "history"))
    action = "show-history";
  else
    return -1;

  if (!g_application_register (app, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  if (g_application_get_is_remote (app))
    {
      g_application_activate (app);
      g_action_group_activate_action (G_ACTION_GROUP (app), action, NULL);
      return 0;
    }

  self->pending_action = action;
  return -1;
}

static void
sb_application_start_workout_action (GSimpleAction *action,
                                     GVariant      *parameter,
                                     gpointer       user_data)
{
  SbApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autofree char *routine = g_settings_get_string (self->settings, "last-routine");

  /* a routine since deleted falls back to the method's own */
  if (sb_catalog_lookup_routine (sb_context_get_catalog (self->context), routine) == NULL)
    {
      g_free (routine);
      routine = g_strdup ("gym-corrective");
    }

  if (window != NULL)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.start-workout", "s", routine);
}

static void
sb_application_show_history_action (GSimpleAction *action,
                                    GVariant      *parameter,
                                    gpointer       user_data)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (user_data));

  if (window != NULL)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-history", NULL);
}

static void
sb_application_startup (GApplication *app)
{
  SbApplication *self = SB_APPLICATION (app);
  g_autoptr(GError) error = NULL;

  G_APPLICATION_CLASS (sb_application_parent_class)->startup (app);

  self->settings = g_settings_new (APP_ID);

  /* The built-in content is compiled in and tested: failing to read it
   * means a broken build, not bad input. */
  self->context = sb_context_new_default (self->settings, &error);
  if (self->context == NULL)
    g_error ("The built-in exercises cannot be read: %s", error->message);

  {
    g_autoptr(GAction) sound_cues = g_settings_create_action (self->settings, "sound-cues");
    g_action_map_add_action (G_ACTION_MAP (self), sound_cues);
  }
}

static void
sb_application_quit_action (GSimpleAction *action,
                            GVariant      *parameter,
                            gpointer       user_data)
{
  SbApplication *self = user_data;
  GList *windows;

  /* Close windows first so that each saves its state on the way out. */
  windows = gtk_application_get_windows (GTK_APPLICATION (self));
  while (windows != NULL)
    {
      gtk_window_destroy (windows->data);
      windows = gtk_application_get_windows (GTK_APPLICATION (self));
    }

  g_application_quit (G_APPLICATION (self));
}

static void
sb_application_about_action (GSimpleAction *action,
                             GVariant      *parameter,
                             gpointer       user_data)
{
  SbApplication *self = user_data;
  static const char *developers[] = { "The Strongback developers", NULL };
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (self));

  adw_show_about_window (window,
                         "application-name", _("Strongback"),
                         "application-icon", APP_ID,
                         "developer-name", _("The Strongback developers"),
                         "version", PACKAGE_VERSION,
                         "website", PACKAGE_WEBSITE,
                         "issue-url", PACKAGE_BUGREPORT,
                         "developers", developers,
                         "copyright", "© 2026 The Strongback developers",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         /* Translators: replace with your names, one per line */
                         "translator-credits", _("translator-credits"),
                         "comments", _("Strongback helps you ease lower-back pain by "
                                       "strengthening the muscles that sitting switches "
                                       "off: glutes, hamstrings and lower back. "
                                       "It is not medical advice."),
                         NULL);
}

static void
sb_application_preferences_action (GSimpleAction *action,
                                   GVariant      *parameter,
                                   gpointer       user_data)
{
  SbApplication *self = user_data;
  GtkWidget *preferences = sb_preferences_window_new (self->context,
                                                      gtk_application_get_active_window (GTK_APPLICATION (self)));

  gtk_window_present (GTK_WINDOW (preferences));
}

static void
sb_application_shortcuts_action (GSimpleAction *action,
                                 GVariant      *parameter,
                                 gpointer       user_data)
{
  SbApplication *self = user_data;
  g_autoptr(GtkBuilder) builder = NULL;
  GtkWindow *shortcuts;

  builder = gtk_builder_new_from_resource ("/io/github/strongback/Strongback/ui/sb-shortcuts-window.ui");
  shortcuts = GTK_WINDOW (gtk_builder_get_object (builder, "shortcuts_window"));
  gtk_window_set_transient_for (shortcuts,
                                gtk_application_get_active_window (GTK_APPLICATION (self)));
  gtk_window_present (shortcuts);
}

static const GActionEntry app_actions[] = {
  { "quit", sb_application_quit_action },
  { "about", sb_application_about_action },
  { "shortcuts", sb_application_shortcuts_action },
  { "preferences", sb_application_preferences_action },
  { "start-workout", sb_application_start_workout_action },
  { "show-history", sb_application_show_history_action },
};

static const GOptionEntry options[] = {
  { "start-workout", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Start today’s routine"), NULL },
  { "history", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Open the history"), NULL },
  { NULL }
};

static void
sb_application_dispose (GObject *object)
{
  SbApplication *self = SB_APPLICATION (object);

  g_clear_object (&self->context);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (sb_application_parent_class)->dispose (object);
}

static void
sb_application_class_init (SbApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = sb_application_dispose;

  app_class->activate = sb_application_activate;
  app_class->handle_local_options = sb_application_handle_local_options;
  app_class->startup = sb_application_startup;
}

static void
sb_application_init (SbApplication *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self),
                                   app_actions,
                                   G_N_ELEMENTS (app_actions),
                                   self);
  g_application_add_main_option_entries (G_APPLICATION (self), options);

  gtk_application_set_accels_for_action (GTK_APPLICATION (self),
                                         "app.quit",
                                         (const char *[]) { "<Control>q", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (self),
                                         "app.shortcuts",
                                         (const char *[]) { "<Control>question", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (self),
                                         "app.preferences",
                                         (const char *[]) { "<Control>comma", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (self),
                                         "window.close",
                                         (const char *[]) { "<Control>w", NULL });
}
