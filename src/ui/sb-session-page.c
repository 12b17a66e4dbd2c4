/* sb-session-page.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* One performed session: when, how long, pain before and after, every set
 * grouped by exercise, and the notes. Editing and deleting go through
 * win.edit-session and win.delete-session, which the window answers (an
 * undo toast for each). A session from a newer version of Strongback is
 * shown but cannot be edited or deleted here. A session changed on two
 * computers shows both versions side by side, each with win.keep-version.
 */

#define G_LOG_DOMAIN "sb-session-page"

#include "config.h"

#include <glib/gi18n.h>

#include "workout/sb-format.h"
#include "sb-session-page.h"

struct _SbSessionPage
{
  AdwBin     parent_instance;

  SbContext *context;
  SbSession *session;

  GtkWidget *title_label;
  GtkWidget *facts_label;
  GtkWidget *pain_row;
  GtkWidget *exercises;
  GtkWidget *notes_group;
  GtkWidget *notes_label;
  GtkWidget *edit_button;
  GtkWidget *delete_button;
  GtkWidget *conflict_group;
  GtkWidget *versions;
  GtkWidget *version_a_label;
  GtkWidget *version_b_label;
};

G_DEFINE_FINAL_TYPE (SbSessionPage, sb_session_page, ADW_TYPE_BIN)

GtkWidget *
sb_session_page_new (SbContext *context)
{
  SbSessionPage *self;

  g_return_val_if_fail (SB_IS_CONTEXT (context), NULL);

  self = g_object_new (SB_TYPE_SESSION_PAGE, NULL);
  self->context = g_object_ref (context);
  return GTK_WIDGET (self);
}

SbSession *
sb_session_page_get_session (SbSessionPage *self)
{
  g_return_val_if_fail (SB_IS_SESSION_PAGE (self), NULL);
  return self->session;
}

static void
show_pain (SbSessionPage *self)
{
  g_autofree char *pain = sb_format_pain (self->session);
  GtkWidget *group = gtk_widget_get_ancestor (self->pain_row, ADW_TYPE_PREFERENCES_GROUP);

  if (pain != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (self->pain_row), pain);
  gtk_widget_set_visible (group, pain != NULL);
}

/* One version of the session in words, for choosing between two: when,
 * how long, the pain, each exercise's sets, the notes. */
static char *
describe_version (SbSessionPage *self,
                  SbSession     *session)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (sb_session_get_start_time (session));
  /* Translators: a date and time as strftime() writes them, e.g. “Tuesday 3 March 2026, 18:30” */
  g_autofree char *date = g_date_time_format (local, _("%A %-d %B %Y, %H:%M"));
  g_autofree char *amount = sb_format_session_amount (session);
  g_autofree char *pain = sb_format_pain (session);
  GString *text = g_string_new (NULL);
  const char *current = NULL;

  g_string_append_printf (text, "%s\n%s", date, amount);
  if (pain != NULL)
    {
      g_string_append_c (text, '\n');
      /* Translators: lower-back pain, e.g. “Pain: 5 before, 3 after (out of 10)” */
      g_string_append_printf (text, _("Pain: %s"), pain);
    }

  for (guint i = 0; i < sb_session_get_n_sets (session); i++)
    {
      const SbSetRecord *set = sb_session_get_set (session, i);
      g_autofree char *detail = sb_format_set (set);

      if (g_strcmp0 (current, set->exercise_id) != 0)
        {
          SbExercise *exercise = sb_catalog_lookup_exercise (sb_context_get_catalog (self->context), set->exercise_id);

          g_string_append_printf (text, "\n\n%s", exercise ? sb_exercise_get_name (exercise) : set->exercise_id);
          current = set->exercise_id;
        }
      g_string_append_printf (text, "\n%s", detail);
    }

  if (sb_session_get_notes (session) != NULL && *sb_session_get_notes (session) != '\0')
    g_string_append_printf (text, "\n\n%s", sb_session_get_notes (session));

  return g_string_free (text, FALSE);
}

static void
show_conflict (SbSessionPage *self)
{
  SbSession *other = sb_session_get_conflict (self->session);

  gtk_widget_set_visible (self->conflict_group, other != NULL);
  if (other == NULL)
    return;

  {
    g_autofree char *a = describe_version (self, self->session);
    g_autofree char *b = describe_version (self, other);

    gtk_label_set_label (GTK_LABEL (self->version_a_label), a);
    gtk_label_set_label (GTK_LABEL (self->version_b_label), b);
  }
}

void
sb_session_page_set_session (SbSessionPage *self,
                             SbSession     *session)
{
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *date = NULL;
  g_autofree char *amount = NULL;
  g_autofree char *facts = NULL;
  AdwPreferencesGroup *group = NULL;
  const char *current = NULL;
  guint set_number = 0;
  GtkWidget *child;

  g_return_if_fail (SB_IS_SESSION_PAGE (self));
  g_return_if_fail (SB_IS_SESSION (session));

  local = g_date_time_to_local (sb_session_get_start_time (session));
  /* Translators: a date and time as strftime() writes them, e.g. “Tuesday 3 March 2026, 18:30” */
  date = g_date_time_format (local, _("%A %-d %B %Y, %H:%M"));
  amount = sb_format_session_amount (session);
  facts = sb_session_get_logged_afterwards (session)
            /* Translators: a session's date and amount, typed in after it was done */
          ? g_strdup_printf (_("%s · %s · logged afterwards"), date, amount)
          : g_strdup_printf ("%s · %s", date, amount);
  gtk_label_set_label (GTK_LABEL (self->title_label), sb_session_get_routine_name (session));
  gtk_label_set_label (GTK_LABEL (self->facts_label), facts);

  /* the next morning's answer may come while the page is shown */
  if (self->session != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->session, show_pain, self);
      g_signal_handlers_disconnect_by_func (self->session, show_conflict, self);
    }
  g_set_object (&self->session, session);
  g_signal_connect_object (session, "notify::pain-next-morning", G_CALLBACK (show_pain), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (session, "notify::conflict", G_CALLBACK (show_conflict), self, G_CONNECT_SWAPPED);
  show_pain (self);
  show_conflict (self);

  while ((child = gtk_widget_get_first_child (self->exercises)) != NULL)
    gtk_box_remove (GTK_BOX (self->exercises), child);

  /* one group for each run of sets of one exercise */
  for (guint i = 0; i < sb_session_get_n_sets (session); i++)
    {
      const SbSetRecord *set = sb_session_get_set (session, i);
      g_autofree char *title = NULL;
      g_autofree char *detail = NULL;
      GtkWidget *row;

      if (group == NULL || g_strcmp0 (current, set->exercise_id) != 0)
        {
          SbExercise *exercise = sb_catalog_lookup_exercise (sb_context_get_catalog (self->context), set->exercise_id);

          group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
          adw_preferences_group_set_title (group, exercise ? sb_exercise_get_name (exercise) : set->exercise_id);
          gtk_box_append (GTK_BOX (self->exercises), GTK_WIDGET (group));
          current = set->exercise_id;
          set_number = 0;
        }

      /* Translators: the number of a set within an exercise */
      title = g_strdup_printf (_("Set %u"), ++set_number);
      detail = sb_format_set (set);
      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), detail);
      adw_preferences_group_add (group, row);
    }

  gtk_label_set_label (GTK_LABEL (self->notes_label), sb_session_get_notes (session));
  gtk_widget_set_visible (self->notes_group,
                          sb_session_get_notes (session) != NULL && *sb_session_get_notes (session) != '\0');
  /* a newer version's session is shown as it is, never rewritten */
  gtk_widget_set_visible (self->edit_button, sb_session_get_writable (session));
  gtk_widget_set_visible (self->delete_button, sb_session_get_writable (session));
}

static void
sb_session_page_dispose (GObject *object)
{
  SbSessionPage *self = SB_SESSION_PAGE (object);

  /* AdwBin unparents its child itself; disposing the template as well
   * would unparent it twice. */
  g_clear_object (&self->session);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (sb_session_page_parent_class)->dispose (object);
}

static void
sb_session_page_class_init (SbSessionPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sb_session_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/strongback/Strongback/ui/sb-session-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SbSessionPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, SbSessionPage, facts_label);
  gtk_widget_class_bind_template_child (widget_class, SbSessionPage, pain_row);
  gtk_widget_class_bind_template_child (widget_class, SbSessionPage, exercises);
  gtk_widget_class_bind_template_child (widget_class, SbSessionPage, notes_group);
  gtk_widget_class_bind_template_child (widget_class, SbSessionPage, notes_label);
  gtk_widget_class_bind_template_child (widget_class, SbSessionPage, edit_button);
  gtk_widget_class_bind_template_child (widget_class, SbSessionPage, delete_button);
  gtk_widget_class_bind_template_child (widget_class, SbSessionPage, conflict_group);
  gtk_widget_class_bind_template_child (widget_class, SbSessionPage, versions);
  gtk_widget_class_bind_template_child (widget_class, SbSessionPage, version_a_label);
  gtk_widget_class_bind_template_child (widget_class, SbSessionPage, version_b_label);
}

static void
sb_session_page_init (SbSessionPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* the cards are not choices in themselves: their buttons are */
  for (GtkWidget *child = gtk_widget_get_first_child (self->versions); child; child = gtk_widget_get_next_sibling (child))
    gtk_widget_set_focusable (child, FALSE);
}
