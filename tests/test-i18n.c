/* test-i18n.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The application in another language, as a person with LANGUAGE=de (or
 * es, fr) sees it: the built-in routines, their steps, the window's own
 * labels and a plural all come from the catalogue built in this tree. */

#define G_LOG_DOMAIN "test-i18n"

#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>

#include "ui/sb-routine-page.h"
#include "sb-test-app.h"

typedef struct
{
  const char *language;
  const char *routine;      /* the gym routine's name */
  const char *start;        /* the routine page's button */
  const char *first_step;   /* "1. Incline treadmill walk" */
  const char *history;      /* the sidebar's second page */
  const char *minutes;      /* g_dngettext for 34 minutes */
} Expected;

static const Expected expected[] = {
  { "de", "Korrekturprogramm", "Training _starten", "1. Gehen auf dem Laufband mit Steigung", "Verlauf", "Etwa 34 Minuten" },
  { "es", "Rutina correctiva", "_Empezar entrenamiento", "1. Caminata en cinta inclinada", "Historial", "Aprox. 34 minutos" },
  { "fr", "Programme correctif", "_Commencer l’entraînement", "1. Marche inclinée sur tapis", "Historique", "Environ 34 minutes" },
};

static const Expected *current;

static gboolean
has_label (GtkWidget  *widget,
           const char *text)
{
  if (GTK_IS_LABEL (widget) && g_str_equal (gtk_label_get_label (GTK_LABEL (widget)), text))
    return TRUE;
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), text) == 0)
    return TRUE;
  if (ADW_IS_PREFERENCES_ROW (widget) && g_str_equal (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), text))
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    if (has_label (child, text))
      return TRUE;

  return FALSE;
}

static void
check_translated_window (SbWindow *window)
{
  SbRoutinePage *page = sb_test_find (GTK_WIDGET (window), SB_TYPE_ROUTINE_PAGE);
  AdwViewStack *stack = sb_test_find_named (window, "sidebar-stack");
  g_autofree char *minutes = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "About %u minute", "About %u minutes", 34), 34);

  /* the built-in content, translated through gettext */
  g_assert_cmpstr (sb_routine_get_name (sb_routine_page_get_routine (page)), ==, current->routine);
  g_assert_true (has_label (GTK_WIDGET (page), current->routine));
  g_assert_true (has_label (GTK_WIDGET (page), current->first_step));

  /* the window's own strings, from the templates and the code */
  g_assert_true (has_label (GTK_WIDGET (page), current->start));
  g_assert_cmpstr (adw_view_stack_page_get_title (adw_view_stack_get_page (stack, adw_view_stack_get_child_by_name (stack, "history"))),
                   ==, current->history);

  /* plurals follow the language's rule */
  g_assert_true (g_str_has_prefix (minutes, current->minutes));
}

static void
test_language (gconstpointer data)
{
  current = data;
  g_setenv ("LANGUAGE", current->language, TRUE);
  /* gettext rereads LANGUAGE only after setlocale() */
  setlocale (LC_ALL, "");
  sb_test_run_with_window (check_translated_window);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *localedir = NULL;

  /* gettext ignores LANGUAGE in the C locale; C.UTF-8 is always there */
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  setlocale (LC_ALL, "");
  sb_test_app_init (&argc, &argv, "i18n");

  /* the catalogues built in this tree, not an installed copy */
  localedir = g_test_build_filename (G_TEST_BUILT, "..", "po", NULL);
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *path = g_strdup_printf ("/i18n/%s", expected[i].language);
      g_test_add_data_func (path, &expected[i], test_language);
    }

  return g_test_run ();
}
