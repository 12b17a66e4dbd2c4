/* sb-format.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the model's values read as, for people: a dose, a set, a session,
 * a routine's facts, a countdown, last time and the hint for today. Every
 * view (and anything that only tells, such as a notification) words them
 * the same way. Translated; no widgets.
 */

#define G_LOG_DOMAIN "sb-format"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sb-format.h"

/**
 * sb_format_keep_units:
 *
 * A space between a number and the word after it (“60 s”, “12 reps”,
 * “20 kg”, “10 %”) becomes a no-break space, so that a dose or a set
 * wrapped in a narrow window never leaves a unit alone at the start of a
 * line. Done on the translated text, it holds in every language.
 *
 * Returns: (transfer full): @text with those spaces replaced
 */
char *
sb_format_keep_units (const char *text)
{
  GString *out = g_string_sized_new (strlen (text) + 16);
  gunichar previous = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gunichar next = g_utf8_get_char (g_utf8_next_char (p));

      if (c == ' ' && g_unichar_isdigit (previous) && (g_unichar_isalpha (next) || next == '%'))
        g_string_append_unichar (out, 0x00A0);
      else
        g_string_append_unichar (out, c);
      previous = c;
    }

  return g_string_free (out, FALSE);
}

/**
 * sb_format_dose:
 *
 * Returns: (transfer full): the dose in a line, e.g. “3 × 12 reps · rest 60 s · tempo 1-2-3”
 */
char *
sb_format_dose (const SbDose *dose)
{
  g_autoptr(GString) text = g_string_new (NULL);

  switch (dose->kind)
    {
    case SB_DOSE_KIND_TIME:
      if (dose->sets > 1)
        g_string_append_printf (text, "%d × ", dose->sets);
      if (dose->seconds % 60 == 0)
        g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%d minute", "%d minutes", dose->seconds / 60),
                                dose->seconds / 60);
      else
        g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%d second", "%d seconds", dose->seconds),
                                dose->seconds);
      break;

    case SB_DOSE_KIND_DISTANCE:
      /* Translators: a distance in metres */
      g_string_append_printf (text, _("%d × %d m"), dose->sets, dose->meters);
      break;

    case SB_DOSE_KIND_REPS:
    default:
      if (dose->per_side)
        /* Translators: sets × repetitions on each side, e.g. “3 × 15 reps a side” */
        g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%d × %d rep a side", "%d × %d reps a side", dose->reps),
                                dose->sets, dose->reps);
      else
        g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%d × %d rep", "%d × %d reps", dose->reps),
                                dose->sets, dose->reps);
      break;
    }

  if (dose->incline_min >= 0 && dose->incline_max > dose->incline_min)
    /* Translators: a treadmill incline range, e.g. “5–10 % incline” */
    g_string_append_printf (text, _(" · %g–%g %% incline"), dose->incline_min, dose->incline_max);
  if (dose->load_kg > 0)
    g_string_append_printf (text, _(" · %g kg"), dose->load_kg);
  if (dose->sets > 1 && dose->rest_seconds > 0)
    g_string_append_printf (text, _(" · rest %d s"), dose->rest_seconds);
  if (dose->tempo_lift + dose->tempo_hold + dose->tempo_lower > 0)
    /* Translators: seconds to lift, hold and lower, e.g. “lift 1 s, squeeze 2 s, lower 3 s” */
    g_string_append_printf (text, _(" · lift %d s, squeeze %d s, lower %d s"),
                            dose->tempo_lift, dose->tempo_hold, dose->tempo_lower);

  return sb_format_keep_units (text->str);
}

/**
 * sb_format_place:
 * @place: "gym", "home" or "desk"
 *
 * Returns: where a routine is done, for people
 */
const char *
sb_format_place (const char *place)
{
  if (g_strcmp0 (place, "home") == 0)
    return _("At home, no equipment");
  if (g_strcmp0 (place, "desk") == 0)
    return _("At your desk");
  return _("At the gym");
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

/**
 * sb_format_session_amount:
 *
 * Returns: (transfer full): how much was done, e.g. “42 min · 14 sets”
 */
char *
sb_format_session_amount (SbSession *session)
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
 * sb_format_session:
 *
 * Returns: (transfer full): the session in a line: when, how long, the
 *   sets done and the pain, e.g. “Tue 3 Mar, 18:30 · 42 min · 14 sets · pain 5 → 3”
 */
char *
sb_format_session (SbSession *session)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (sb_session_get_start_time (session));
  /* Translators: a session's date and time as strftime() writes them */
  g_autofree char *when = g_date_time_format (local, _("%a %-d %b, %H:%M"));
  g_autofree char *amount = sb_format_session_amount (session);
  g_autoptr(GString) text = g_string_new (NULL);

  g_string_printf (text, "%s · %s", when, amount);
  if (sb_session_get_pain_before (session) >= 0 && sb_session_get_pain_after (session) >= 0)
    /* Translators: lower-back pain before and after a session, from 0 to 10 */
    g_string_append_printf (text, _(" · pain %d → %d"),
                            sb_session_get_pain_before (session), sb_session_get_pain_after (session));

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * sb_format_set:
 *
 * Returns: (transfer full): one set for people, e.g. “12 reps · 40 kg · effort 7”
 */
char *
sb_format_set (const SbSetRecord *set)
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

  return sb_format_keep_units (text->str);
}

/**
 * sb_format_clock:
 *
 * Returns: (transfer full): a countdown, e.g. “1:05”
 */
char *
sb_format_clock (int seconds)
{
  return g_strdup_printf ("%d:%02d", seconds / 60, seconds % 60);
}

/**
 * sb_format_duration:
 *
 * Returns: (transfer full): a length of time in words: seconds under a
 *   minute, else whole minutes
 */
char *
sb_format_duration (gint64 usec)
{
  int seconds = (int) (usec / G_USEC_PER_SEC);

  if (seconds < 60)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d second", "%d seconds", seconds), seconds);

  seconds = (seconds + 30) / 60;
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d minute", "%d minutes", seconds), seconds);
}

/**
 * sb_format_reps:
 *
 * Returns: (transfer full): @reps as the dose counts them, e.g. “12 reps a side”
 */
char *
sb_format_reps (const SbDose *dose,
                int           reps)
{
  if (dose->per_side)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d rep a side", "%d reps a side", reps), reps);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d rep", "%d reps", reps), reps);
}

/**
 * sb_format_last_time:
 *
 * Returns: (transfer full): the sets of the exercise last time, e.g.
 *   “Last time: 12 reps · 40 kg, 10 reps · 40 kg”
 */
char *
sb_format_last_time (SbExerciseProgress *progress)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < progress->last_sets->len; i++)
    {
      g_autofree char *set = sb_format_set (g_ptr_array_index (progress->last_sets, i));

      if (i > 0)
        g_string_append (text, ", ");
      g_string_append (text, set);
    }

  /* Translators: the sets of this exercise in the last session, e.g. “Last time: 12 reps · 40 kg, 10 reps · 40 kg” */
  return g_strdup_printf (_("Last time: %s"), text->str);
}

/**
 * sb_format_hint:
 * @catalog: where to find the easier variation
 *
 * Returns: (transfer full) (nullable): what to try today, from the history
 */
char *
sb_format_hint (SbExerciseProgress *progress,
                const SbDose       *plan,
                SbCatalog          *catalog)
{
  const SbDose *more = &progress->suggestion;

  switch (progress->hint)
    {
    case SB_PROGRESS_HINT_EASIER:
      {
        SbExercise *easier = progress->easier_id ? sb_catalog_lookup_exercise (catalog, progress->easier_id) : NULL;

        if (progress->worse_next_morning && easier != NULL)
          return g_strdup_printf (_("Your back hurt more the morning after last time. Try “%s” today instead."),
                                  sb_exercise_get_name (easier));
        if (progress->worse_next_morning)
          return g_strdup (_("Your back hurt more the morning after last time. Go lighter today: fewer reps or "
                             "less load."));
        if (easier != NULL)
          return g_strdup_printf (_("Your back hurt more after last time. Try “%s” today instead."),
                                  sb_exercise_get_name (easier));
        return g_strdup (_("Your back hurt more after last time. Go lighter today: fewer reps or less load."));
      }

    case SB_PROGRESS_HINT_MORE:
      if (more->load_kg > plan->load_kg && more->load_kg > 0)
        return g_strdup_printf (_("The last two times went well. Ready for a little more: try %g kg."), more->load_kg);
      if (more->kind == SB_DOSE_KIND_TIME)
        {
          g_autofree char *time = sb_format_duration ((gint64) more->seconds * G_USEC_PER_SEC);
          return g_strdup_printf (_("The last two times went well. Ready for a little more: try %s."), time);
        }
      {
        g_autofree char *reps = sb_format_reps (plan, more->reps);
        return g_strdup_printf (_("The last two times went well. Ready for a little more: try %s."), reps);
      }

    case SB_PROGRESS_HINT_NONE:
    default:
      return NULL;
    }
}

/**
 * sb_format_routine_facts:
 * @brief: the short form, for a list row
 *
 * Returns: (transfer full): how long, how many exercises and where, e.g.
 *   “About 34 minutes · 5 exercises · At the gym” (or “34 min · …”)
 */
char *
sb_format_routine_facts (SbRoutine *routine,
                         gboolean   brief)
{
  guint minutes = sb_routine_get_estimated_minutes (routine);
  guint n = g_list_model_get_n_items (sb_routine_get_steps (routine));
  g_autofree char *time = NULL;
  g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u exercise", "%u exercises", n), n);

  if (brief)
    time = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u min", "%u min", minutes), minutes);
  else
    time = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "About %u minute", "About %u minutes", minutes), minutes);

  return g_strjoin (" · ", time, count, sb_format_place (sb_routine_get_place (routine)), NULL);
}

/**
 * sb_format_pain:
 *
 * Returns: (transfer full) (nullable): the session's pain ratings, e.g.
 *   “5 before, 3 after, 2 the next morning (out of 10)”, or %NULL when
 *   none was given
 */
char *
sb_format_pain (SbSession *session)
{
  int before = sb_session_get_pain_before (session);
  int after = sb_session_get_pain_after (session);
  int morning = sb_session_get_pain_next_morning (session);
  g_autofree char *before_text = NULL;
  g_autofree char *after_text = NULL;

  if (before < 0 && after < 0 && morning < 0)
    return NULL;

  before_text = before >= 0 ? g_strdup_printf ("%d", before) : g_strdup ("–");
  after_text = after >= 0 ? g_strdup_printf ("%d", after) : g_strdup ("–");
  if (morning >= 0)
    /* Translators: pain on a 0-10 scale, e.g. “5 before, 3 after, 2 the next morning (out of 10)” */
    return g_strdup_printf (_("%s before, %s after, %d the next morning (out of 10)"), before_text, after_text,
                            morning);
  /* Translators: pain on a 0-10 scale before and after, e.g. “5 before, 3 after (out of 10)” */
  return g_strdup_printf (_("%s before, %s after (out of 10)"), before_text, after_text);
}
