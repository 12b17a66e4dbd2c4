/* test-routine-editor.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* SbRoutineEditor in the real window: copy a built-in routine, rename it,
 * refuse a bad value beside its field, reorder (by drag and drop and by
 * button) and remove steps, see each change on disk, delete and undo,
 * import good and bad files. */

#define G_LOG_DOMAIN "test-routine-editor"

#include "config.h"

#include "storage/sb-routine-codec.h"
#include "ui/sb-exercise-chooser.h"
#include "ui/sb-routine-editor.h"
#include "ui/sb-routine-page.h"
#include "sb-test-app.h"

static const char *
visible_page (SbWindow *window)
{
  return gtk_stack_get_visible_child_name (sb_test_find_named (window, "content"));
}

static SbRoutineStore *
routines (void)
{
  return sb_context_get_routines (sb_test_app_context ());
}

static void
wait_routines_loaded (void)
{
  sb_test_wait_until (sb_routine_store_get_loaded (routines ()));
}

/* A step's row in the editor, by what it reads: “4. Hip thrust”. */
static AdwExpanderRow *
step_row (SbRoutineEditor *editor,
          SbRoutine       *routine,
          guint            position)
{
  g_autoptr(SbRoutineStep) step = g_list_model_get_item (sb_routine_get_steps (routine), position);
  g_autofree char *title = g_strdup_printf ("%u. %s", position + 1,
                                            sb_exercise_get_name (sb_routine_step_get_exercise (step)));
  AdwExpanderRow *row = sb_test_find_labelled (editor, ADW_TYPE_EXPANDER_ROW, title);

  adw_expander_row_set_expanded (row, TRUE);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (editor));
  return row;
}

/* The entry of a dose field in a step's row. */
static GtkEditable *
field_entry (AdwExpanderRow *row,
             const char     *title)
{
  return sb_test_find (sb_test_find_labelled (row, ADW_TYPE_ACTION_ROW, title), GTK_TYPE_ENTRY);
}

static const char *
step_id (SbRoutine *routine,
         guint      position)
{
  g_autoptr(SbRoutineStep) step = g_list_model_get_item (sb_routine_get_steps (routine), position);

  return sb_exercise_get_id (sb_routine_step_get_exercise (step));
}

/* The drop target of a step row, as a drag from another row's handle
 * reaches it. */
static void
drop_step (SbRoutineEditor *editor,
           SbRoutine       *routine,
           guint            from,
           guint            onto)
{
  GtkWidget *row = GTK_WIDGET (step_row (editor, routine, onto));
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (row);
  g_auto(GValue) value = G_VALUE_INIT;
  gboolean dropped = FALSE;

  g_value_init (&value, G_TYPE_UINT);
  g_value_set_uint (&value, from);
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        g_signal_emit_by_name (controller, "drop", &value, 10.0, 10.0, &dropped);
    }
  g_assert_true (dropped);
}

static int
step_sets (SbRoutine *routine,
           guint      position)
{
  g_autoptr(SbRoutineStep) step = g_list_model_get_item (sb_routine_get_steps (routine), position);

  return sb_routine_step_get_dose (step)->sets;
}

/* The file holds the routine as it is in memory. */
static gboolean
file_matches (SbRoutine *routine)
{
  g_autoptr(GFile) file = sb_routine_store_get_file (routines (), routine);
  g_autofree char *path = file ? g_file_get_path (file) : NULL;
  g_autofree char *data = NULL;
  g_autofree char *expected = sb_routine_codec_write (routine);

  return path != NULL && g_file_get_contents (path, &data, NULL, NULL) && g_str_equal (data, expected);
}

/* Imports the file a person chose, written with @data. */
/* The exercise chooser the editor opened, if one is shown. */
static SbExerciseChooser *
find_chooser (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) toplevel = g_list_model_get_item (toplevels, i);

      if (SB_IS_EXERCISE_CHOOSER (toplevel) && gtk_widget_get_visible (toplevel))
        return SB_EXERCISE_CHOOSER (toplevel);
    }

  return NULL;
}

static void
import_file (SbWindow   *window,
             const char *name,
             const char *data)
{
  g_autofree char *path = g_build_filename (g_get_user_cache_dir (), name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *uri = g_file_get_uri (file);

  g_assert_true (g_file_set_contents (path, data, -1, NULL));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.import-routine-file", "s", uri);
}

static void
check_editor (SbWindow *window)
{
  SbCatalog *catalog = sb_context_get_catalog (sb_test_app_context ());
  SbRoutineEditor *editor;
  SbRoutine *routine;
  AdwExpanderRow *thrust;
  GtkEditable *sets;
  g_autofree char *id = NULL;
  g_autofree char *path = NULL;

  wait_routines_loaded ();

  /* "Copy and Edit" on a built-in routine opens the copy in the editor */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.duplicate-routine", "s", "gym-corrective");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (catalog)), ==, 4);
  g_assert_cmpstr (visible_page (window), ==, "editor");
  editor = sb_test_find (GTK_WIDGET (window), SB_TYPE_ROUTINE_EDITOR);
  routine = sb_routine_editor_get_routine (editor);
  g_assert_false (sb_routine_get_builtin (routine));
  id = g_strdup (sb_routine_get_id (routine));
  sb_test_wait_until (file_matches (routine));
  {
    g_autoptr(GFile) file = sb_routine_store_get_file (routines (), routine);
    path = g_file_get_path (file);
  }

  /* an empty name is refused beside the field; the last good one stays */
  {
    GtkEditable *name = sb_test_find_labelled (editor, ADW_TYPE_ENTRY_ROW, "Name");
    g_autofree char *before = g_strdup (sb_routine_get_name (routine));

    gtk_editable_set_text (name, "   ");
    g_assert_cmpstr (sb_routine_get_name (routine), ==, before);
    g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (name), "error"));
    g_assert_nonnull (sb_test_find_text (editor, "A routine needs a name"));
    gtk_editable_set_text (name, "Tuesday at the gym");
    g_assert_cmpstr (sb_routine_get_name (routine), ==, "Tuesday at the gym");
    g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (name), "error"));
  }

  /* 0 sets is refused with the file's own limits; 4 is taken */
  g_assert_cmpstr (step_id (routine, 3), ==, "hip-thrust");
  thrust = step_row (editor, routine, 3);
  sets = field_entry (thrust, "Sets");
  gtk_editable_set_text (sets, "0");
  g_assert_cmpint (step_sets (routine, 3), ==, 3);
  {
    AdwActionRow *row = ADW_ACTION_ROW (gtk_widget_get_ancestor (GTK_WIDGET (sets), ADW_TYPE_ACTION_ROW));
    g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, "Sets must be a whole number from 1 to 20");
  }
  gtk_editable_set_text (sets, "4");
  g_assert_cmpint (step_sets (routine, 3), ==, 4);
  /* the field being typed in stays: no rebuild under the user's fingers */
  g_assert_true (field_entry (thrust, "Sets") == sets);
  sb_test_wait_until (file_matches (routine));

  /* drag the first step onto the third, and back */
  {
    const char *first = step_id (routine, 0), *second = step_id (routine, 1);

    drop_step (editor, routine, 0, 2);
    g_assert_cmpstr (step_id (routine, 2), ==, first);
    g_assert_cmpstr (step_id (routine, 0), ==, second);
    sb_test_wait_until (file_matches (routine));
    drop_step (editor, routine, 2, 0);
    g_assert_cmpstr (step_id (routine, 0), ==, first);
    g_assert_cmpstr (step_id (routine, 3), ==, "hip-thrust");
    sb_test_wait_until (file_matches (routine));
  }

  /* move it up with its button, then remove the first step */
  thrust = step_row (editor, routine, 3);
  g_signal_emit_by_name (sb_test_find_labelled (thrust, GTK_TYPE_BUTTON, "Move Up"), "clicked");
  g_assert_cmpstr (step_id (routine, 2), ==, "hip-thrust");
  g_assert_cmpint (step_sets (routine, 2), ==, 4);
  thrust = step_row (editor, routine, 0);
  g_signal_emit_by_name (sb_test_find_labelled (thrust, GTK_TYPE_BUTTON, "Remove From Routine"), "clicked");
  g_assert_cmpuint (g_list_model_get_n_items (sb_routine_get_steps (routine)), ==, 4);
  g_assert_cmpstr (step_id (routine, 1), ==, "hip-thrust");
  sb_test_wait_until (file_matches (routine));

  /* "Add Exercise" searches names and muscles; Enter adds the first match
   * at the end, opened, and closes the chooser */
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.add-step", NULL);
  {
    SbExerciseChooser *chooser;
    GtkEditable *search;
    GtkStack *stack;
    GListModel *shown;

    sb_test_wait_until ((chooser = find_chooser ()) != NULL);
    search = sb_test_find_labelled (chooser, GTK_TYPE_SEARCH_ENTRY, "Search exercises");
    stack = sb_test_find (GTK_WIDGET (chooser), GTK_TYPE_STACK);
    shown = G_LIST_MODEL (gtk_list_view_get_model (sb_test_find (GTK_WIDGET (chooser), GTK_TYPE_LIST_VIEW)));
    g_assert_cmpuint (g_list_model_get_n_items (shown), ==,
                      g_list_model_get_n_items (sb_catalog_get_exercises (catalog)));

    gtk_editable_set_text (search, "crunches");
    g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 0);
    g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");

    gtk_editable_set_text (search, "HAMSTRINGS");
    g_assert_cmpuint (g_list_model_get_n_items (shown), >, 1);
    g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "list");
    for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
      {
        g_autoptr(SbExercise) exercise = g_list_model_get_item (shown, i);
        g_autofree char *muscles = g_strjoinv (" ", (char **) sb_exercise_get_primary_muscles (exercise));
        g_autofree char *secondary = sb_exercise_get_secondary_muscles (exercise)
                                     ? g_strjoinv (" ", (char **) sb_exercise_get_secondary_muscles (exercise))
                                     : NULL;

        g_assert_true (strstr (muscles, "Hamstrings") || (secondary && strstr (secondary, "Hamstrings")));
      }

    gtk_editable_set_text (search, "leg cu");
    g_signal_emit_by_name (search, "activate");
    g_assert_cmpuint (g_list_model_get_n_items (sb_routine_get_steps (routine)), ==, 5);
    g_assert_cmpstr (step_id (routine, 4), ==, "leg-curl");
    g_assert_true (adw_expander_row_get_expanded (sb_test_find_labelled (editor, ADW_TYPE_EXPANDER_ROW,
                                                                         "5. Leg curl")));
    sb_test_wait_until (find_chooser () == NULL);
    sb_test_wait_until (file_matches (routine));
  }

  /* back: the routine page shows the routine as edited */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  g_assert_cmpstr (visible_page (window), ==, "routine");
  g_assert_true (sb_routine_page_get_routine (sb_test_find (GTK_WIDGET (window), SB_TYPE_ROUTINE_PAGE)) == routine);

  /* delete, and undo: the same routine and file come back */
  g_object_ref (routine);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.delete-routine", "s", id);
  g_assert_null (sb_catalog_lookup_routine (catalog, id));
  sb_test_wait_until (!g_file_test (path, G_FILE_TEST_EXISTS));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo-delete-routine", NULL);
  sb_test_wait_until (sb_catalog_lookup_routine (catalog, id) == routine);
  sb_test_wait_until (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_true (file_matches (routine));
  g_object_unref (routine);

  /* a bad shared file is explained in a dialog, and nothing changes */
  import_file (window, "from-a-friend.json", "{\"format\": \"strongback-routine\"");
  {
    AdwMessageDialog *dialog;

    sb_test_wait_until ((dialog = sb_test_find_dialog ()) != NULL);
    g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "from-a-friend.json"));
    adw_message_dialog_response (dialog, "close");
    gtk_window_destroy (GTK_WINDOW (dialog));
  }
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (catalog)), ==, 4);

  /* a good one is added and shown */
  {
    const char *shared = "{\"format\": \"strongback-routine\", \"version\": 1, \"id\": \"physio-plan\","
                         " \"name\": \"From my physio\", \"steps\": [{\"exercise\": \"glute-bridge\"}]}";

    import_file (window, "physio.json", shared);
    sb_test_wait_until (sb_catalog_lookup_routine (catalog, "physio-plan") != NULL);
    g_assert_cmpstr (visible_page (window), ==, "routine");
    g_assert_cmpstr (sb_routine_get_name (sb_routine_page_get_routine (sb_test_find (GTK_WIDGET (window),
                                                                                     SB_TYPE_ROUTINE_PAGE))),
                     ==, "From my physio");
    sb_test_wait_until (file_matches (sb_catalog_lookup_routine (catalog, "physio-plan")));
  }
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  sb_test_app_init (&argc, &argv, "routine-editor");

  g_test_add_data_func ("/routine-editor/edit-save-delete-import", check_editor, sb_test_run_with_window);

  return g_test_run ();
}
