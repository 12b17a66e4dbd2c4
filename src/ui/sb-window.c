/* sb-window.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The main window: the routines, the history and progress in a sidebar
 * and, beside them (or instead of them, when narrow), the chosen routine,
 * exercise, session or progress. A guided workout takes the whole window
 * while the context has one (#SbContext:workout). It offers a workout left
 * unfinished, tells the context's notices in toasts, and remembers its
 * size and maximized state in GSettings. Its actions are in
 * sb-window-actions.c.
 */

#define G_LOG_DOMAIN "sb-window"

#include "config.h"

#include <glib/gi18n.h>

#include "sb-window-private.h"

G_DEFINE_FINAL_TYPE (SbWindow, sb_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_COMPACT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* A desk break's window: the width of a phone, tall enough for the
 * demonstration and the controls. */
#define COMPACT_WIDTH  400
#define COMPACT_HEIGHT 720

static SbWindow *
new_window (GtkApplication *application,
            SbContext      *context,
            gboolean        compact)
{
  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (SB_IS_CONTEXT (context), NULL);

  return g_object_new (SB_TYPE_WINDOW,
                       "application", application,
                       "context", context,
                       "compact", compact,
                       NULL);
}

SbWindow *
sb_window_new (GtkApplication *application,
               SbContext      *context)
{
  return new_window (application, context, FALSE);
}

/**
 * sb_window_new_compact:
 *
 * A small window for a desk break started from a notification: it does
 * not remember its size, so the next window opens as the last one the
 * person sized.
 */
SbWindow *
sb_window_new_compact (GtkApplication *application,
                       SbContext      *context)
{
  return new_window (application, context, TRUE);
}

SbContext *
sb_window_get_context (SbWindow *self)
{
  g_return_val_if_fail (SB_IS_WINDOW (self), NULL);
  return self->context;
}

/* Navigation ------------------------------------------------------------ */

static const char *
content_page (SbWindow *self)
{
  return gtk_stack_get_visible_child_name (self->content_stack);
}

void
_sb_window_update_navigation (SbWindow *self)
{
  const char *page = content_page (self);
  gboolean on_exercise = g_strcmp0 (page, "exercise") == 0;
  gboolean on_method = g_strcmp0 (page, "method") == 0;
  gboolean on_editor = g_strcmp0 (page, "editor") == 0;
  gboolean on_log = g_strcmp0 (page, "log") == 0;

  /* exercises, the method and the editors lead back to where they came
   * from; one pane leads back to the list */
  gtk_widget_set_visible (self->back_button,
                          on_exercise || on_method || on_editor || on_log || adw_leaflet_get_folded (self->leaflet));

  if (on_editor)
    adw_window_title_set_title (self->content_title, _("Edit Routine"));
  else if (on_log)
    adw_window_title_set_title (self->content_title,
                                sb_session_editor_get_original (self->session_editor) ? _("Edit Session")
                                                                                      : _("Log a Workout"));
  else if (g_strcmp0 (page, "progress") == 0)
    adw_window_title_set_title (self->content_title, _("Progress"));
  else if (g_strcmp0 (page, "session") == 0)
    adw_window_title_set_title (self->content_title,
                                sb_session_get_routine_name (sb_session_page_get_session (self->session_page)));
  else if (on_method)
    adw_window_title_set_title (self->content_title, _("The Method"));
  else if (on_exercise)
    adw_window_title_set_title (self->content_title,
                                sb_exercise_get_name (sb_exercise_page_get_exercise (self->exercise_page)));
  else if (g_strcmp0 (page, "routine") == 0)
    adw_window_title_set_title (self->content_title,
                                sb_routine_get_name (sb_routine_page_get_routine (self->routine_page)));
  else
    adw_window_title_set_title (self->content_title, "");
}

void
_sb_window_pause_demo (SbWindow *self)
{
  if (self->exercise_page != NULL)
    sb_demo_player_pause (sb_demo_view_get_player (sb_exercise_page_get_demo_view (self->exercise_page)));
}

/**
 * _sb_window_show_content:
 * @page: the content page to show
 *
 * Shows @page, in the single pane too when the window is narrow.
 */
void
_sb_window_show_content (SbWindow   *self,
                         const char *page)
{
  if (g_strcmp0 (page, "exercise") != 0)
    _sb_window_pause_demo (self);
  gtk_stack_set_visible_child_name (self->content_stack, page);
  adw_leaflet_set_visible_child (self->leaflet, self->content);
  _sb_window_update_navigation (self);
}

void
_sb_window_show_routine (SbWindow  *self,
                         SbRoutine *routine)
{
  sb_routine_page_set_routine (self->routine_page, routine);
  _sb_window_pause_demo (self);
  gtk_stack_set_visible_child_name (self->content_stack, "routine");
  _sb_window_update_navigation (self);
}

void
_sb_window_add_toast (SbWindow *self,
                      AdwToast *toast)
{
  adw_toast_overlay_add_toast (self->toasts, toast);
}

static void show_exercise (SbWindow     *self,
                           SbExercise   *exercise,
                           const SbDose *dose);

static void
on_variation_activated (SbWindow   *self,
                        SbExercise *exercise)
{
  show_exercise (self, exercise, NULL);
}

/* Made on first use: it brings up GStreamer, which startup need not wait for. */
static void
show_exercise (SbWindow     *self,
               SbExercise   *exercise,
               const SbDose *dose)
{
  if (self->exercise_page == NULL)
    {
      self->exercise_page = SB_EXERCISE_PAGE (sb_exercise_page_new (self->context));
      gtk_stack_add_named (self->content_stack, GTK_WIDGET (self->exercise_page), "exercise");
      g_signal_connect_object (self->exercise_page, "exercise-activated",
                               G_CALLBACK (on_variation_activated), self, G_CONNECT_SWAPPED);
    }

  sb_exercise_page_set_exercise (self->exercise_page, exercise, dose);
  _sb_window_show_content (self, "exercise");
}

static void
on_step_activated (SbWindow      *self,
                   SbRoutineStep *step)
{
  show_exercise (self, sb_routine_step_get_exercise (step), sb_routine_step_get_dose (step));
}

static void
on_routine_activated (SbWindow  *self,
                      SbRoutine *routine)
{
  _sb_window_show_routine (self, routine);
  adw_leaflet_set_visible_child (self->leaflet, self->content);
}

static void
on_selected_routine_changed (SbWindow *self)
{
  SbRoutine *routine = sb_routine_sidebar_get_selected (self->routine_sidebar);

  /* side by side, the selected routine is always shown */
  if (routine != NULL && !adw_leaflet_get_folded (self->leaflet) &&
      g_strcmp0 (content_page (self), "editor") != 0)
    _sb_window_show_routine (self, routine);
}

void
_sb_window_show_editor (SbWindow  *self,
                        SbRoutine *routine)
{
  if (self->editor == NULL)
    {
      self->editor = SB_ROUTINE_EDITOR (sb_routine_editor_new (self->context));
      gtk_stack_add_named (self->content_stack, GTK_WIDGET (self->editor), "editor");
    }

  adw_view_stack_set_visible_child_name (self->sidebar_stack, "routines");
  sb_routine_sidebar_select (self->routine_sidebar, routine);
  sb_routine_editor_set_routine (self->editor, routine);
  _sb_window_show_content (self, "editor");
}

/* History ---------------------------------------------------------------- */

SbSession *
_sb_window_get_shown_session (SbWindow *self)
{
  return self->session_page ? sb_session_page_get_session (self->session_page) : NULL;
}

void
_sb_window_show_session (SbWindow  *self,
                         SbSession *session)
{
  /* made on first use, as the other pages that startup does not show */
  if (self->session_page == NULL)
    {
      self->session_page = SB_SESSION_PAGE (sb_session_page_new (self->context));
      adw_bin_set_child (self->session_slot, GTK_WIDGET (self->session_page));
    }

  sb_session_page_set_session (self->session_page, session);
  _sb_window_show_content (self, "session");
}

static void
on_session_activated (SbWindow  *self,
                      SbSession *session)
{
  _sb_window_show_session (self, session);
}

/* The session shown was saved again (edited here, on another computer):
 * the page shows it as it is now. */
static void
on_session_changed (SbWindow  *self,
                    SbSession *session)
{
  SbSession *shown = _sb_window_get_shown_session (self);

  if (shown != NULL && shown != session && g_str_equal (sb_session_get_id (shown), sb_session_get_id (session)))
    {
      sb_session_page_set_session (self->session_page, session);
      _sb_window_update_navigation (self);
    }
}

/* A log or an edit saved: its page, and a toast to undo it. */
static void
on_session_saved (SbWindow  *self,
                  SbSession *session,
                  SbSession *original)
{
  AdwToast *toast;

  g_clear_object (&self->replaced);
  g_clear_object (&self->logged);
  g_clear_object (&self->kept_version);
  g_clear_object (&self->print_settings);
  if (original != NULL)
    self->replaced = g_object_ref (original);
  else
    self->logged = g_object_ref (session);

  adw_view_stack_set_visible_child_name (self->sidebar_stack, "history");
  _sb_window_show_session (self, session);

  toast = adw_toast_new (original ? _("Session changed") : _("Workout logged"));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo-log");
  _sb_window_add_toast (self, toast);
}

SbSessionEditor *
_sb_window_ensure_session_editor (SbWindow *self)
{
  if (self->session_editor == NULL)
    {
      self->session_editor = SB_SESSION_EDITOR (sb_session_editor_new (self->context));
      gtk_stack_add_named (self->content_stack, GTK_WIDGET (self->session_editor), "log");
      g_signal_connect_object (self->session_editor, "saved", G_CALLBACK (on_session_saved),
                               self, G_CONNECT_SWAPPED);
    }
  return self->session_editor;
}

/* The session shown went away (deleted here or on disk): leave its page. */
static void
on_session_removed (SbWindow  *self,
                    SbSession *session)
{
  if (_sb_window_get_shown_session (self) == session && g_strcmp0 (content_page (self), "session") == 0)
    {
      gtk_stack_set_visible_child_name (self->content_stack,
                                        sb_routine_page_get_routine (self->routine_page) ? "routine" : "empty");
      _sb_window_update_navigation (self);
    }
}

/* Progress ---------------------------------------------------------------- */

/* The page is made on first use: startup need not count the whole
 * history. The sidebar's range and choice are the page's. */
static void
ensure_progress_page (SbWindow *self)
{
  if (self->progress_page != NULL)
    return;

  self->progress_page = SB_PROGRESS_PAGE (sb_progress_page_new (self->context));
  gtk_stack_add_named (self->content_stack, GTK_WIDGET (self->progress_page), "progress");
  g_object_bind_property (self->progress_sidebar, "range", self->progress_page, "range",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->progress_sidebar, "exercise", self->progress_page, "exercise",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  sb_progress_sidebar_set_exercises (self->progress_sidebar,
                                     sb_progress_page_get_exercises (self->progress_page));
}

void
_sb_window_show_progress (SbWindow *self)
{
  ensure_progress_page (self);
  adw_view_stack_set_visible_child_name (self->sidebar_stack, "progress");
  _sb_window_show_content (self, "progress");
}

static void
on_sidebar_page_changed (SbWindow *self)
{
  const char *page = adw_view_stack_get_visible_child_name (self->sidebar_stack);
  gboolean routines = g_strcmp0 (page, "routines") == 0;

  if (g_strcmp0 (page, "progress") == 0)
    {
      ensure_progress_page (self);
      /* side by side, the tab shows its page at once */
      if (!adw_leaflet_get_folded (self->leaflet))
        _sb_window_show_progress (self);
    }

  /* typing searches the routines, where they are shown */
  gtk_widget_set_visible (self->search_button, routines);
  sb_routine_sidebar_set_key_capture_widget (self->routine_sidebar, routines ? GTK_WIDGET (self) : NULL);
}

/* The guided workout ----------------------------------------------------- */

/* The screen stays on while someone follows a workout from across the
 * room, and only then. */
static void
update_inhibit (SbWindow *self)
{
  SbWorkoutSession *workout = sb_context_get_workout (self->context);
  SbWorkoutState state = workout ? sb_workout_runner_get_state (sb_workout_session_get_runner (workout))
                                 : SB_WORKOUT_READY;
  gboolean inhibit = state == SB_WORKOUT_EXERCISING || state == SB_WORKOUT_RESTING || state == SB_WORKOUT_PAUSED;
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  if (inhibit && self->inhibit_cookie == 0 && app != NULL)
    self->inhibit_cookie = gtk_application_inhibit (app, GTK_WINDOW (self), GTK_APPLICATION_INHIBIT_IDLE,
                                                    _("A workout is under way"));
  else if (!inhibit && self->inhibit_cookie != 0)
    {
      if (app != NULL)
        gtk_application_uninhibit (app, self->inhibit_cookie);
      self->inhibit_cookie = 0;
    }
}

static void
on_workout_closed (SbWindow *self)
{
  SbWorkoutSession *workout = sb_context_get_workout (self->context);
  gboolean saved = workout != NULL && sb_workout_session_get_saved (workout);

  sb_context_end_workout (self->context);
  gtk_stack_set_visible_child_name (self->root_stack, "browse");

  /* a finished workout is worth seeing where it landed */
  if (saved)
    adw_view_stack_set_visible_child_name (self->sidebar_stack, "history");
}

static void
on_workout_changed (SbWindow *self)
{
  SbWorkoutSession *workout = sb_context_get_workout (self->context);

  update_inhibit (self);
  if (workout == NULL)
    return;

  g_signal_connect_object (sb_workout_session_get_runner (workout), "state-changed",
                           G_CALLBACK (update_inhibit), self, G_CONNECT_SWAPPED);

  /* made on first use, like the exercise page */
  if (self->workout_page == NULL)
    {
      self->workout_page = SB_WORKOUT_PAGE (sb_workout_page_new (self->context));
      gtk_stack_add_named (self->root_stack, GTK_WIDGET (self->workout_page), "workout");
      g_signal_connect_object (self->workout_page, "closed",
                               G_CALLBACK (on_workout_closed), self, G_CONNECT_SWAPPED);
    }

  _sb_window_pause_demo (self);
  gtk_stack_set_visible_child_name (self->root_stack, "workout");
}

static void
on_unfinished_response (AdwMessageDialog *dialog,
                        const char       *response,
                        SbWindow         *self)
{
  /* “Not Now” keeps it for later: the next start, or a new workout */
  if (g_str_equal (response, "resume"))
    sb_context_resume_unfinished (self->context);
  else if (g_str_equal (response, "keep"))
    {
      sb_context_keep_unfinished (self->context);
      adw_view_stack_set_visible_child_name (self->sidebar_stack, "history");
    }
  else if (g_str_equal (response, "discard"))
    sb_context_discard_unfinished (self->context);
}

/* Asks whether to go on with a workout left unfinished (the app was closed
 * or crashed), or, when its routine changed or is gone, to keep its sets. */
static void
offer_unfinished (SbWindow *self)
{
  SbSession *session = sb_context_get_unfinished (self->context);
  g_autoptr(SbWorkoutRunner) runner = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *when = NULL;
  g_autofree char *body = NULL;
  SbRoutine *routine;
  GtkWidget *dialog;
  guint n;

  if (session == NULL)
    return;

  n = sb_session_get_n_sets (session);
  routine = sb_catalog_lookup_routine (sb_context_get_catalog (self->context), sb_session_get_routine_id (session));
  if (routine != NULL)
    runner = sb_workout_runner_new_resumed (routine, session, NULL);

  local = g_date_time_to_local (sb_session_get_start_time (session));
  /* Translators: when a workout started, as strftime() writes it */
  when = g_date_time_format (local, _("%A at %H:%M"));
  /* Translators: e.g. “You started “Corrective routine” on Tuesday at 18:30 and did 7 sets.” */
  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "You started “%s” on %s and did %u set.",
                                       "You started “%s” on %s and did %u sets.", n),
                          sb_session_get_routine_name (session), when, n);

  if (runner != NULL)
    {
      dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Resume Your Workout?"), body);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "discard", _("_Discard"));
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "resume", _("_Resume"));
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "resume", ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "resume");
    }
  else
    {
      g_autofree char *more = g_strdup_printf ("%s %s", body,
                                               _("Its routine has changed or is gone, so it cannot go on, "
                                                 "but the sets you did can be kept in your history."));

      dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Keep Your Unfinished Workout?"), more);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "discard", _("_Discard"));
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "keep", _("_Keep in History"));
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "keep", ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "keep");
    }

  /* closing the dialog decides nothing: the file stays for the next start */
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "later", _("_Not Now"));
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "later");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_unfinished_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_notice (SbWindow   *self,
           const char *text)
{
  _sb_window_add_toast (self, adw_toast_new (text));
}

/* Window state ------------------------------------------------------------ */

static void
sb_window_save_state (SbWindow *self)
{
  GSettings *settings = sb_context_get_settings (self->context);
  int width, height;

  if (self->compact)
    return;

  /* The default size tracks the unmaximized size, which is what should
   * come back when the window is unmaximized after a restart. */
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);

  g_settings_delay (settings);
  g_settings_set_int (settings, "window-width", width);
  g_settings_set_int (settings, "window-height", height);
  g_settings_set_boolean (settings, "window-maximized", gtk_window_is_maximized (GTK_WINDOW (self)));
  g_settings_apply (settings);
}

static void
sb_window_restore_state (SbWindow *self)
{
  GSettings *settings = sb_context_get_settings (self->context);

  if (self->compact)
    {
      gtk_window_set_default_size (GTK_WINDOW (self), COMPACT_WIDTH, COMPACT_HEIGHT);
      return;
    }

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (settings, "window-width"),
                               g_settings_get_int (settings, "window-height"));

  if (g_settings_get_boolean (settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static void
sb_window_unrealize (GtkWidget *widget)
{
  SbWindow *self = SB_WINDOW (widget);

  /* Every way out (closing, app.quit, the session ending) unrealizes. */
  sb_window_save_state (self);
  if (self->inhibit_cookie != 0)
    {
      gtk_application_uninhibit (gtk_window_get_application (GTK_WINDOW (self)), self->inhibit_cookie);
      self->inhibit_cookie = 0;
    }

  GTK_WIDGET_CLASS (sb_window_parent_class)->unrealize (widget);
}

/* The rest ----------------------------------------------------------------- */

static void
sb_window_constructed (GObject *object)
{
  SbWindow *self = SB_WINDOW (object);

  G_OBJECT_CLASS (sb_window_parent_class)->constructed (object);

  sb_window_restore_state (self);
  sb_routine_sidebar_set_context (self->routine_sidebar, self->context);
  sb_history_panel_set_context (self->history_panel, self->context);

  g_signal_connect_object (sb_context_get_history (self->context), "session-removed",
                           G_CALLBACK (on_session_removed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (sb_context_get_history (self->context), "session-changed",
                           G_CALLBACK (on_session_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->context, "notify::workout",
                           G_CALLBACK (on_workout_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->context, "notify::unfinished",
                           G_CALLBACK (offer_unfinished), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->context, "notice", G_CALLBACK (on_notice), self, G_CONNECT_SWAPPED);

  on_selected_routine_changed (self);
  on_sidebar_page_changed (self);
  _sb_window_update_navigation (self);
  if (sb_context_get_workout (self->context) != NULL)
    on_workout_changed (self);
  offer_unfinished (self);
}

static void
sb_window_dispose (GObject *object)
{
  SbWindow *self = SB_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SB_TYPE_WINDOW);
  g_clear_object (&self->deleted);
  g_clear_object (&self->deleted_routine);
  g_clear_object (&self->replaced);
  g_clear_object (&self->logged);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (sb_window_parent_class)->dispose (object);
}

static void
sb_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  SbWindow *self = SB_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    case PROP_COMPACT:
      g_value_set_boolean (value, self->compact);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sb_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  SbWindow *self = SB_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;
    case PROP_COMPACT:
      self->compact = g_value_get_boolean (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sb_window_class_init (SbWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sb_window_constructed;
  object_class->dispose = sb_window_dispose;
  object_class->get_property = sb_window_get_property;
  object_class->set_property = sb_window_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, SB_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* small, for a desk break, and not remembered */
  properties[PROP_COMPACT] =
    g_param_spec_boolean ("compact", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  widget_class->unrealize = sb_window_unrealize;

  g_type_ensure (SB_TYPE_ROUTINE_PAGE);
  g_type_ensure (SB_TYPE_ROUTINE_SIDEBAR);
  g_type_ensure (SB_TYPE_HISTORY_PANEL);
  g_type_ensure (SB_TYPE_PROGRESS_SIDEBAR);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/strongback/Strongback/ui/sb-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SbWindow, toasts);
  gtk_widget_class_bind_template_child (widget_class, SbWindow, root_stack);
  gtk_widget_class_bind_template_child (widget_class, SbWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, SbWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, SbWindow, sidebar_stack);
  gtk_widget_class_bind_template_child (widget_class, SbWindow, routine_sidebar);
  gtk_widget_class_bind_template_child (widget_class, SbWindow, history_panel);
  gtk_widget_class_bind_template_child (widget_class, SbWindow, search_button);
  gtk_widget_class_bind_template_child (widget_class, SbWindow, content);
  gtk_widget_class_bind_template_child (widget_class, SbWindow, content_title);
  gtk_widget_class_bind_template_child (widget_class, SbWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, SbWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, SbWindow, session_slot);
  gtk_widget_class_bind_template_child (widget_class, SbWindow, routine_page);
  gtk_widget_class_bind_template_child (widget_class, SbWindow, progress_sidebar);

  _sb_window_class_add_actions (widget_class);
}

static void
sb_window_init (SbWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (self->routine_sidebar, "routine-activated",
                           G_CALLBACK (on_routine_activated), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->routine_sidebar, "notify::selected",
                           G_CALLBACK (on_selected_routine_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->history_panel, "session-activated",
                           G_CALLBACK (on_session_activated), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->routine_page, "step-activated",
                           G_CALLBACK (on_step_activated), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->progress_sidebar, "activated",
                           G_CALLBACK (_sb_window_show_progress), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->sidebar_stack, "notify::visible-child-name",
                           G_CALLBACK (on_sidebar_page_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->leaflet, "notify::folded",
                           G_CALLBACK (_sb_window_update_navigation), self, G_CONNECT_SWAPPED);
}
