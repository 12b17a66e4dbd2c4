/* sb-session-page.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* One performed session: when, how long, pain before and after, every set
 * grouped by exercise, and the notes. Deleting goes through win.delete-session,
 * which the window answers with an undo toast. A session from a newer
 * version of Strongback is shown but cannot be deleted here.
 */

#define G_LOG_DOMAIN "sb-session-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sb-exercise-page.h"
#include "sb-session-page.h"

struct _SbSessionPage
{
  AdwBin     parent_instance;

  SbCatalog *catalog;
  SbSession *session;

  GtkWidget *title_label;
  GtkWidget *facts_label;
  GtkWidget *pain_row;
  GtkWidget *exercises;
  GtkWidget *notes_group;
  GtkWidget *notes_label;
  GtkWidget *delete_button;
};

G_DEFINE_FINAL_TYPE (SbSessionPage, sb_session_page, ADW_TYPE_BIN)

GtkWidget *
sb_session_page_new (SbCatalog *catalog)
{
  SbSessionPage *self = g_object_new (SB_TYPE_SESSION_PAGE, NULL);

  self->catalog = g_object_ref (catalog);
  return GTK_WIDGET (self);
}

SbSession *
sb_session_page_get_session (SbSessionPage *self)
{
  g_return_val_if_fail (SB_IS_SESSION_PAGE (self), NULL);
  return self->session;
}

static guint
count_done (SbSession *session)
{
  guint done = 0;

  for (guint i = 0; i < sb_session_get_n_sets (session); i++)
    if (!sb_session_get_set (session, i)->skipped)
      done++;

  return done;
}

static int
duration_minutes (SbSession *session)
{
  GDateTime *end = sb_session_get_end_time (session);

  if (end == NULL)
    return -1;

  return (int) ((g_date_time_difference (end, sb_session_get_start_time (session)) + 30 * G_TIME_SPAN_SECOND)
                / G_TIME_SPAN_MINUTE);
}

/* How much was done: “42 min · 14 sets”. */
static char *
describe_amount (SbSession *session)
{
  int minutes = duration_minutes (session);
  guint done = count_done (session);
  g_autofree char *sets = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u set", "%u sets", done), done);
  g_autofree char *time = NULL;

  if (minutes < 0)
    return g_steal_pointer (&sets);

  time = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d min", "%d min", minutes), minutes);
  return g_strdup_printf ("%s · %s", time, sets);
}

/**
 * sb_session_describe:
 *
 * Returns: (transfer full): the session in a line: when, how long, the
 *   sets done and the pain, e.g. “Tue 3 Mar, 18:30 · 42 min · 14 sets · pain 5 → 3”
 */
char *
sb_session_describe (SbSession *session)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (sb_session_get_start_time (session));
  /* Translators: a session's date and time as strftime() writes them */
  g_autofree char *when = g_date_time_format (local, _("%a %-d %b, %H:%M"));
  g_autofree char *amount = describe_amount (session);
  g_autoptr(GString) text = g_string_new (NULL);

  g_string_printf (text, "%s · %s", when, amount);
  if (sb_session_get_pain_before (session) >= 0 && sb_session_get_pain_after (session) >= 0)
    /* Translators: lower-back pain before and after a session, from 0 to 10 */
    g_string_append_printf (text, _(" · pain %d → %d"),
                            sb_session_get_pain_before (session), sb_session_get_pain_after (session));

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * sb_set_record_describe:
 *
 * Returns: (transfer full): one set for people, e.g. “12 reps · 40 kg · effort 7”
 */
char *
sb_set_record_describe (const SbSetRecord *set)
{
  g_autoptr(GString) text = g_string_new (NULL);

  if (set->skipped)
    return g_strdup (_("Skipped"));

  if (set->reps >= 0)
    g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%d rep", "%d reps", set->reps), set->reps);
  if (set->seconds >= 0)
    {
      if (text->len > 0)
        g_string_append (text, " · ");
      if (set->seconds >= 60 && set->seconds % 60 == 0)
        g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%d minute", "%d minutes", set->seconds / 60),
                                set->seconds / 60);
      else
        g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%d second", "%d seconds", set->seconds),
                                set->seconds);
    }
  if (set->load_kg > 0)
    g_string_append_printf (text, _(" · %g kg"), set->load_kg);
  if (set->incline_percent >= 0)
    g_string_append_printf (text, _(" · %g %% incline"), set->incline_percent);
  if (set->effort > 0)
    /* Translators: perceived effort, from 1 to 10 */
    g_string_append_printf (text, _(" · effort %d"), set->effort);

  return sb_keep_numbers_with_units (text->str);
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

  g_set_object (&self->session, session);

  local = g_date_time_to_local (sb_session_get_start_time (session));
  /* Translators: a date and time as strftime() writes them, e.g. “Tuesday 3 March 2026, 18:30” */
  date = g_date_time_format (local, _("%A %-d %B %Y, %H:%M"));
  amount = describe_amount (session);
  facts = g_strdup_printf ("%s · %s", date, amount);
  gtk_label_set_label (GTK_LABEL (self->title_label), sb_session_get_routine_name (session));
  gtk_label_set_label (GTK_LABEL (self->facts_label), facts);

  if (sb_session_get_pain_before (session) >= 0 || sb_session_get_pain_after (session) >= 0)
    {
      g_autofree char *before = sb_session_get_pain_before (session) >= 0
        ? g_strdup_printf ("%d", sb_session_get_pain_before (session)) : g_strdup ("–");
      g_autofree char *after = sb_session_get_pain_after (session) >= 0
        ? g_strdup_printf ("%d", sb_session_get_pain_after (session)) : g_strdup ("–");
      /* Translators: pain on a 0-10 scale before and after, e.g. “5 before, 3 after (out of 10)” */
      g_autofree char *pain = g_strdup_printf (_("%s before, %s after (out of 10)"), before, after);

      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->pain_row), pain);
      gtk_widget_set_visible (gtk_widget_get_ancestor (self->pain_row, ADW_TYPE_PREFERENCES_GROUP), TRUE);
    }
  else
    gtk_widget_set_visible (gtk_widget_get_ancestor (self->pain_row, ADW_TYPE_PREFERENCES_GROUP), FALSE);

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
          SbExercise *exercise = sb_catalog_lookup_exercise (self->catalog, set->exercise_id);

          group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
          adw_preferences_group_set_title (group, exercise ? sb_exercise_get_name (exercise) : set->exercise_id);
          gtk_box_append (GTK_BOX (self->exercises), GTK_WIDGET (group));
          current = set->exercise_id;
          set_number = 0;
        }

      /* Translators: the number of a set within an exercise */
      title = g_strdup_printf (_("Set %u"), ++set_number);
      detail = sb_set_record_describe (set);
      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), detail);
      adw_preferences_group_add (group, row);
    }

  gtk_label_set_label (GTK_LABEL (self->notes_label), sb_session_get_notes (session));
  gtk_widget_set_visible (self->notes_group,
                          sb_session_get_notes (session) != NULL && *sb_session_get_notes (session) != '\0');
  gtk_widget_set_visible (self->delete_button, sb_session_get_writable (session));
}

static void
sb_session_page_dispose (GObject *object)
{
  SbSessionPage *self = SB_SESSION_PAGE (object);

  /* AdwBin unparents its child itself; disposing the template as well
   * would unparent it twice. */
  g_clear_object (&self->session);
  g_clear_object (&self->catalog);

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
  gtk_widget_class_bind_template_child (widget_class, SbSessionPage, delete_button);
}

static void
sb_session_page_init (SbSessionPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
