/* sb-exercise-page.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Everything about one exercise: its demonstration, large, then what it
 * activates and why that helps, how to set up, the cues, the common
 * mistakes, the dose, and links to its easier, harder and equipment-free
 * variations (activating one emits ::exercise-activated).
 *
 * Under the demonstration, the person can put a video of their own: it is
 * checked to play (sb_demo_player_check_async()), then kept by the
 * SbDemoLibrary, and shown instead of the demonstration, which stays a
 * switch away. Removing it can be undone from a toast.
 */

#define G_LOG_DOMAIN "sb-exercise-page"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "workout/sb-format.h"
#include "sb-exercise-page.h"

struct _SbExercisePage
{
  AdwBin      parent_instance;

  SbContext     *context;
  SbExercise    *exercise;
  GCancellable  *cancellable;     /* video checks and copies, cancelled with the page */
  SbExercise    *busy_exercise;   /* whose video is being checked, copied or removed */
  char          *busy_text;

  SbDemoView *demo_view;
  GtkWidget  *toasts;
  GtkWidget  *video_row;
  GtkWidget  *video_spinner;
  GtkWidget  *choose_video_button;
  GtkWidget  *remove_video_button;
  GtkWidget  *show_own_row;
  GtkWidget  *show_own_switch;
  GtkWidget  *scroller;
  GtkWidget  *name_label;
  GtkWidget  *summary_label;
  GtkWidget  *muscles_row;
  GtkWidget  *dose_row;
  GtkWidget  *equipment_row;
  GtkWidget  *sections;
  GtkWidget  *variations_group;
  GPtrArray  *variation_rows;
};

G_DEFINE_FINAL_TYPE (SbExercisePage, sb_exercise_page, ADW_TYPE_BIN)

enum {
  EXERCISE_ACTIVATED,   /* (SbExercise *exercise): a variation was chosen */
  N_SIGNALS
};

static guint signals[N_SIGNALS];

GtkWidget *
sb_exercise_page_new (SbContext *context)
{
  SbExercisePage *self;

  g_return_val_if_fail (SB_IS_CONTEXT (context), NULL);

  self = g_object_new (SB_TYPE_EXERCISE_PAGE, NULL);
  self->context = g_object_ref (context);
  return GTK_WIDGET (self);
}

SbExercise *
sb_exercise_page_get_exercise (SbExercisePage *self)
{
  g_return_val_if_fail (SB_IS_EXERCISE_PAGE (self), NULL);
  return self->exercise;
}

/**
 * sb_exercise_page_get_demo_view:
 *
 * Returns: (transfer none): the page's demonstration
 */
SbDemoView *
sb_exercise_page_get_demo_view (SbExercisePage *self)
{
  g_return_val_if_fail (SB_IS_EXERCISE_PAGE (self), NULL);
  return self->demo_view;
}



/* A titled section: a paragraph, or a list (numbered for steps). */
static void
add_section (SbExercisePage     *self,
             const char         *title,
             const char         *paragraph,
             const char * const *items,
             gboolean            numbered)
{
  GtkWidget *box, *heading;

  if ((paragraph == NULL || *paragraph == '\0') && (items == NULL || items[0] == NULL))
    return;

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  heading = gtk_label_new (title);
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_accessible_update_property (GTK_ACCESSIBLE (heading), GTK_ACCESSIBLE_PROPERTY_LEVEL, 2, -1);
  gtk_box_append (GTK_BOX (box), heading);

  if (paragraph != NULL)
    {
      GtkWidget *label = gtk_label_new (paragraph);

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_box_append (GTK_BOX (box), label);
    }

  for (guint i = 0; items != NULL && items[i] != NULL; i++)
    {
      g_autofree char *text = numbered ? g_strdup_printf ("%u.  %s", i + 1, items[i])
                                       : g_strdup_printf ("•  %s", items[i]);
      GtkWidget *label = gtk_label_new (text);

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_box_append (GTK_BOX (box), label);
    }

  gtk_box_append (GTK_BOX (self->sections), box);
}

static void
on_variation_activated (AdwActionRow   *row,
                        SbExercisePage *self)
{
  SbExercise *exercise = g_object_get_data (G_OBJECT (row), "exercise");

  g_signal_emit (self, signals[EXERCISE_ACTIVATED], 0, exercise);
}

static void
add_variations (SbExercisePage     *self,
                const char         *kind,
                const char * const *ids)
{
  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      SbExercise *exercise = sb_catalog_lookup_exercise (sb_context_get_catalog (self->context), ids[i]);
      GtkWidget *row;

      if (exercise == NULL)
        continue;

      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), sb_exercise_get_name (exercise));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), kind);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      g_object_set_data_full (G_OBJECT (row), "exercise", g_object_ref (exercise), g_object_unref);
      g_signal_connect (row, "activated", G_CALLBACK (on_variation_activated), self);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->variations_group), row);
      g_ptr_array_add (self->variation_rows, row);
    }
}

/* The user's own video ------------------------------------------------ */

static void
update_video (SbExercisePage *self)
{
  GFile *custom = self->exercise != NULL ? sb_exercise_get_custom_demo (self->exercise) : NULL;
  gboolean busy = self->busy_exercise != NULL && self->busy_exercise == self->exercise;
  gboolean own = custom != NULL && gtk_switch_get_active (GTK_SWITCH (self->show_own_switch));
  SbDemoPlayer *player = sb_demo_view_get_player (self->demo_view);
  g_autofree char *uri = NULL;
  const char *subtitle;

  if (self->exercise == NULL)
    return;

  uri = own ? g_file_get_uri (custom) : sb_demo_library_dup_demo_uri (self->exercise);
  if (g_strcmp0 (sb_demo_player_get_uri (player), uri) != 0)
    {
      sb_demo_view_set_uri (self->demo_view, uri);
      sb_demo_player_play (player);
    }

  if (busy)
    subtitle = self->busy_text;
  else if (own)
    subtitle = _("Shown above instead of the demonstration");
  else if (custom != NULL)
    subtitle = _("Kept, but the demonstration is shown above");
  else
    subtitle = _("Film yourself doing it to check your form; the demonstration stays available");
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->video_row), subtitle);

  gtk_button_set_label (GTK_BUTTON (self->choose_video_button), custom != NULL ? _("Replace…") : _("Choose…"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->choose_video_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  custom != NULL ? _("Replace Your Video") : _("Choose a Video of Your Own"), -1);
  gtk_widget_set_visible (self->remove_video_button, custom != NULL);
  gtk_widget_set_visible (self->show_own_row, custom != NULL);
  gtk_widget_set_visible (self->video_spinner, busy);
  gtk_spinner_set_spinning (GTK_SPINNER (self->video_spinner), busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "exercise.choose-video", !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "exercise.remove-video", !busy && custom != NULL);
}

static void
begin_busy (SbExercisePage *self,
            char           *text)
{
  g_set_object (&self->busy_exercise, self->exercise);
  g_free (self->busy_text);
  self->busy_text = text;
  update_video (self);
}

static void
end_busy (SbExercisePage *self)
{
  g_clear_object (&self->busy_exercise);
  g_clear_pointer (&self->busy_text, g_free);
  update_video (self);
}

/* A video refused, or a change that failed: said in a dialog, since the
 * person chose the file a moment ago and wants to know why. */
static void
show_problem (SbExercisePage *self,
              const char     *heading,
              const char     *body)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

typedef struct
{
  SbExercisePage *self;
  GFile          *file;
} AddVideo;

static void
add_video_free (AddVideo *add)
{
  g_object_unref (add->self);
  g_object_unref (add->file);
  g_free (add);
}

static void
video_added (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  AddVideo *add = user_data;
  SbExercisePage *self = add->self;
  g_autoptr(GError) error = NULL;

  if (!sb_demo_library_add_finish (SB_DEMO_LIBRARY (object), result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_problem (self, _("Your Video Could Not Be Kept"), error->message);
    }
  else if (self->busy_exercise == self->exercise)
    gtk_switch_set_active (GTK_SWITCH (self->show_own_switch), TRUE);

  end_busy (self);
  add_video_free (add);
}

static void
video_checked (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  AddVideo *add = user_data;
  SbExercisePage *self = add->self;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;

  if (!sb_demo_player_check_finish (result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_autofree char *body = g_strdup_printf ("%s\n\n%s", error->message,
                                                   _("Strongback plays WebM videos (VP8 or VP9), and any other "
                                                     "format the GStreamer plugins on this computer can decode."));

          show_problem (self, _("This Video Cannot Be Used"), body);
        }
      end_busy (self);
      add_video_free (add);
      return;
    }

  name = g_file_get_basename (add->file);
  g_free (self->busy_text);
  /* Translators: %s is a file name */
  self->busy_text = g_strdup_printf (_("Keeping a copy of “%s”…"), name);
  update_video (self);
  sb_demo_library_add_async (sb_context_get_demos (self->context), self->busy_exercise, add->file, self->cancellable, video_added, add);
}

/**
 * sb_exercise_page_add_video:
 * @file: a video the person chose
 *
 * Checks that @file plays, then keeps it as the shown exercise's own
 * video; a file that cannot be played is refused with a dialog that says
 * why. What the file chooser calls, and the tests.
 */
void
sb_exercise_page_add_video (SbExercisePage *self,
                            GFile          *file)
{
  g_autofree char *name = NULL;
  g_autofree char *uri = NULL;
  AddVideo *add;

  g_return_if_fail (SB_IS_EXERCISE_PAGE (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->exercise == NULL || self->busy_exercise != NULL)
    return;

  name = g_file_get_basename (file);
  /* Translators: %s is a file name */
  begin_busy (self, g_strdup_printf (_("Checking “%s”…"), name));

  add = g_new0 (AddVideo, 1);
  add->self = g_object_ref (self);
  add->file = g_object_ref (file);
  uri = g_file_get_uri (file);
  sb_demo_player_check_async (uri, self->cancellable, video_checked, add);
}

static void
on_video_chosen (GtkNativeDialog *chooser,
                 int              response,
                 SbExercisePage  *self)
{
  g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  if (response == GTK_RESPONSE_ACCEPT && file != NULL)
    sb_exercise_page_add_video (self, file);

  g_object_unref (chooser);
}

static void
choose_video_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  SbExercisePage *self = SB_EXERCISE_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autoptr(GtkFileFilter) videos = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Choose a Video of Yourself"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Choose"), NULL);
  gtk_file_filter_set_name (videos, _("Videos"));
  gtk_file_filter_add_mime_type (videos, "video/*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), videos);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_video_chosen), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
video_restored (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(SbExercisePage) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!sb_demo_library_undo_remove_finish (SB_DEMO_LIBRARY (object), result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (self->toasts), adw_toast_new (error->message));
}

static void
undo_remove_video_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  SbExercisePage *self = SB_EXERCISE_PAGE (widget);
  SbExercise *exercise = sb_catalog_lookup_exercise (sb_context_get_catalog (self->context), g_variant_get_string (parameter, NULL));

  if (exercise != NULL)
    sb_demo_library_undo_remove_async (sb_context_get_demos (self->context), exercise, self->cancellable, video_restored, g_object_ref (self));
}

static void
video_removed (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(SbExercisePage) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!sb_demo_library_remove_finish (SB_DEMO_LIBRARY (object), result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_problem (self, _("Your Video Could Not Be Removed"), error->message);
    }
  else
    {
      AdwToast *toast = adw_toast_new (_("Video removed"));

      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_detailed_action_name (toast, "exercise.undo-remove-video");
      adw_toast_set_action_target_value (toast, g_variant_new_string (sb_exercise_get_id (self->busy_exercise)));
      adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (self->toasts), toast);
    }

  end_busy (self);
}

static void
remove_video_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  SbExercisePage *self = SB_EXERCISE_PAGE (widget);

  if (self->exercise == NULL || self->busy_exercise != NULL)
    return;

  begin_busy (self, g_strdup (_("Removing your video…")));
  sb_demo_library_remove_async (sb_context_get_demos (self->context), self->exercise, self->cancellable, video_removed, g_object_ref (self));
}

/**
 * sb_exercise_page_set_exercise:
 * @dose: (nullable): the dose to show, e.g. a routine step's; the
 *   exercise's usual one when %NULL
 */
void
sb_exercise_page_set_exercise (SbExercisePage *self,
                               SbExercise     *exercise,
                               const SbDose   *dose)
{
  g_autofree char *muscles = NULL;
  g_autofree char *dose_text = NULL;
  g_autoptr(GStrvBuilder) all_muscles = g_strv_builder_new ();
  g_auto(GStrv) muscle_list = NULL;
  GtkWidget *child;
  GtkAdjustment *adjustment;

  g_return_if_fail (SB_IS_EXERCISE_PAGE (self));
  g_return_if_fail (SB_IS_EXERCISE (exercise));

  if (self->exercise != exercise)
    {
      if (self->exercise != NULL)
        g_signal_handlers_disconnect_by_func (self->exercise, update_video, self);
      g_set_object (&self->exercise, exercise);
      g_signal_connect_swapped (exercise, "notify::custom-demo", G_CALLBACK (update_video), self);
      /* each exercise opens on the person's own video, if it has one */
      gtk_switch_set_active (GTK_SWITCH (self->show_own_switch), TRUE);
    }

  gtk_label_set_label (GTK_LABEL (self->name_label), sb_exercise_get_name (exercise));
  gtk_label_set_label (GTK_LABEL (self->summary_label), sb_exercise_get_summary (exercise));

  g_strv_builder_addv (all_muscles, (const char **) sb_exercise_get_primary_muscles (exercise));
  g_strv_builder_addv (all_muscles, (const char **) sb_exercise_get_secondary_muscles (exercise));
  muscle_list = g_strv_builder_end (all_muscles);
  /* Translators: separates muscle names in a list */
  muscles = g_strjoinv (_(", "), muscle_list);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->muscles_row), muscles);

  dose_text = sb_format_dose (dose != NULL ? dose : sb_exercise_get_dose (exercise));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->dose_row), dose_text);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->equipment_row), sb_exercise_get_equipment (exercise));

  while ((child = gtk_widget_get_first_child (self->sections)) != NULL)
    gtk_box_remove (GTK_BOX (self->sections), child);
  add_section (self, _("Why It Helps"), sb_exercise_get_why (exercise), NULL, FALSE);
  add_section (self, _("Set-Up"), sb_exercise_get_setup (exercise), NULL, FALSE);
  add_section (self, _("How to Do It"), NULL, sb_exercise_get_cues (exercise), TRUE);
  add_section (self, _("Common Mistakes"), NULL, sb_exercise_get_mistakes (exercise), FALSE);
  add_section (self, _("Progression"), sb_exercise_get_progression (exercise), NULL, FALSE);
  add_section (self, _("Safety"), NULL, sb_exercise_get_safety (exercise), FALSE);

  for (guint i = 0; i < self->variation_rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self->variations_group),
                                  g_ptr_array_index (self->variation_rows, i));
  g_ptr_array_set_size (self->variation_rows, 0);
  add_variations (self, _("Easier"), sb_exercise_get_easier (exercise));
  add_variations (self, _("Harder"), sb_exercise_get_harder (exercise));
  if (sb_exercise_get_alternative (exercise) != NULL)
    {
      const char *ids[] = { sb_exercise_get_alternative (exercise), NULL };
      add_variations (self, _("Without equipment"), ids);
    }
  gtk_widget_set_visible (self->variations_group, self->variation_rows->len > 0);

  update_video (self);

  /* a new exercise is read from its top */
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller));
  gtk_adjustment_set_value (adjustment, 0);
}

static void
sb_exercise_page_dispose (GObject *object)
{
  SbExercisePage *self = SB_EXERCISE_PAGE (object);

  /* AdwBin unparents its child itself; disposing the template as well
   * would unparent it twice. */
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->exercise != NULL)
    g_signal_handlers_disconnect_by_func (self->exercise, update_video, self);
  g_clear_object (&self->exercise);
  g_clear_object (&self->busy_exercise);
  g_clear_pointer (&self->busy_text, g_free);
  g_clear_object (&self->context);
  g_clear_pointer (&self->variation_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (sb_exercise_page_parent_class)->dispose (object);
}

static void
sb_exercise_page_class_init (SbExercisePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sb_exercise_page_dispose;

  signals[EXERCISE_ACTIVATED] =
    g_signal_new ("exercise-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, SB_TYPE_EXERCISE);

  g_type_ensure (SB_TYPE_DEMO_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/strongback/Strongback/ui/sb-exercise-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SbExercisePage, demo_view);
  gtk_widget_class_bind_template_child (widget_class, SbExercisePage, scroller);
  gtk_widget_class_bind_template_child (widget_class, SbExercisePage, name_label);
  gtk_widget_class_bind_template_child (widget_class, SbExercisePage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, SbExercisePage, muscles_row);
  gtk_widget_class_bind_template_child (widget_class, SbExercisePage, dose_row);
  gtk_widget_class_bind_template_child (widget_class, SbExercisePage, equipment_row);
  gtk_widget_class_bind_template_child (widget_class, SbExercisePage, sections);
  gtk_widget_class_bind_template_child (widget_class, SbExercisePage, variations_group);
  gtk_widget_class_bind_template_child (widget_class, SbExercisePage, toasts);
  gtk_widget_class_bind_template_child (widget_class, SbExercisePage, video_row);
  gtk_widget_class_bind_template_child (widget_class, SbExercisePage, video_spinner);
  gtk_widget_class_bind_template_child (widget_class, SbExercisePage, choose_video_button);
  gtk_widget_class_bind_template_child (widget_class, SbExercisePage, remove_video_button);
  gtk_widget_class_bind_template_child (widget_class, SbExercisePage, show_own_row);
  gtk_widget_class_bind_template_child (widget_class, SbExercisePage, show_own_switch);

  gtk_widget_class_install_action (widget_class, "exercise.choose-video", NULL, choose_video_action);
  gtk_widget_class_install_action (widget_class, "exercise.remove-video", NULL, remove_video_action);
  gtk_widget_class_install_action (widget_class, "exercise.undo-remove-video", "s", undo_remove_video_action);
}

static void
sb_exercise_page_init (SbExercisePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->variation_rows = g_ptr_array_new ();
  self->cancellable = g_cancellable_new ();
  g_signal_connect_swapped (self->show_own_switch, "notify::active", G_CALLBACK (update_video), self);
}
