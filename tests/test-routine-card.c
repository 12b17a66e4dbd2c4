/* test-routine-card.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The printed routine card, exported to PDF through the real print
 * operation (what Print to File does) and read back with poppler's
 * pdfinfo and pdftotext: one page, on A4 and on Letter, with the routine's
 * name, every exercise's name, dose and first cue, and the grid for six
 * sessions. */

#define G_LOG_DOMAIN "test-routine-card"

#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "ui/sb-routine-card.h"
#include "workout/sb-format.h"
#include "storage/sb-content.h"
#include "sb-test-utils.h"

typedef struct
{
  const char *routine;
  const char *paper;        /* GTK_PAPER_NAME_A4 or GTK_PAPER_NAME_LETTER */
  const char *page_size;    /* as pdfinfo says it */
} Case;


/* Text without its spaces: a line the card wraps, or a no-break space
 * that pdftotext drops at a line's start, then still compares. */
static char *
flatten (const char *text)
{
  g_autoptr(GString) flat = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c) && c != 0x00a0 && c != 0x202f)
        g_string_append_unichar (flat, c);
    }
  return g_string_free (g_steal_pointer (&flat), FALSE);
}

static void
assert_has (const char *haystack,
            const char *needle)
{
  g_autofree char *flat = flatten (needle);

  if (strstr (haystack, flat) == NULL)
    g_error ("the card does not say “%s”:\n%s", flat, haystack);
}

static void
print_card (gconstpointer data)
{
  const Case *c = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(SbCatalog) catalog = sb_content_load_catalog (&error);
  SbRoutine *routine = sb_catalog_lookup_routine (catalog, c->routine);
  g_autoptr(SbRoutineCard) card = sb_routine_card_new (routine);
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) paper = gtk_paper_size_new (c->paper);
  g_autofree char *dir = g_dir_make_tmp ("strongback-card-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "card.pdf", NULL);
  g_autofree char *info = NULL;
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;
  g_autofree char *pages = NULL;
  GListModel *steps = sb_routine_get_steps (routine);

  g_assert_no_error (error);
  gtk_page_setup_set_paper_size_and_default_margins (setup, paper);
  gtk_print_operation_set_default_page_setup (GTK_PRINT_OPERATION (card), setup);
  gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (card), pdf);
  g_assert_cmpint (gtk_print_operation_run (GTK_PRINT_OPERATION (card), GTK_PRINT_OPERATION_ACTION_EXPORT,
                                            NULL, &error), ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);

  info = sb_test_run_output ((const char *[]) { "pdfinfo", pdf, NULL });
  pages = g_strdup (strstr (info, "Pages:"));
  g_assert_nonnull (pages);
  g_assert_cmpint (g_ascii_strtoll (pages + strlen ("Pages:"), NULL, 10), ==, 1);
  g_assert_nonnull (strstr (info, c->page_size));

  text = sb_test_run_output ((const char *[]) { "pdftotext", pdf, "-", NULL });
  flat = flatten (text);
  assert_has (flat, sb_routine_get_name (routine));
  for (guint i = 0; i < g_list_model_get_n_items (steps); i++)
    {
      g_autoptr(SbRoutineStep) step = g_list_model_get_item (steps, i);
      g_autofree char *dose = sb_format_dose (sb_routine_step_get_dose (step));
      const char * const *cues = sb_exercise_get_cues (sb_routine_step_get_exercise (step));

      assert_has (flat, sb_exercise_get_name (sb_routine_step_get_exercise (step)));
      assert_has (flat, dose);
      /* its most important cue */
      if (cues != NULL && cues[0] != NULL)
        {
          g_autofree char *start = g_utf8_substring (cues[0], 0, MIN (g_utf8_strlen (cues[0], -1), 24));
          assert_has (flat, start);
        }
    }
  assert_has (flat, _("Your Sessions"));
  assert_has (flat, _("Pain before (0–10)"));

  g_unlink (pdf);
  g_rmdir (dir);
}

static const Case cases[] = {
  { "gym-corrective", GTK_PAPER_NAME_A4, "595.276 x 841.89 pts (A4)" },
  { "gym-corrective", GTK_PAPER_NAME_LETTER, "612 x 792 pts (letter)" },
  { "home-corrective", GTK_PAPER_NAME_LETTER, "612 x 792 pts (letter)" },
  { "desk-break", GTK_PAPER_NAME_A4, "595.276 x 841.89 pts (A4)" },
};

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = g_dir_make_tmp ("strongback-card-home-XXXXXX", NULL);

  g_setenv ("HOME", home, TRUE);
  gtk_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/routine-card/%s/%s", cases[i].routine,
                                               g_str_equal (cases[i].paper, GTK_PAPER_NAME_A4) ? "a4" : "letter");
      g_test_add_data_func (path, &cases[i], print_card);
    }

  return g_test_run ();
}
