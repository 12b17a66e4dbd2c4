/* sb-text-row.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A row that leads somewhere: a title and a subtitle that wrap, and an
 * arrow. It looks like an AdwActionRow with a go-next suffix, but lays its
 * labels out height-for-width only. AdwActionRow puts them in a horizontal
 * box, which asks each wrapping label for its width at a given height: a
 * search over many Pango layouts, in every allocation. A routine's steps
 * are shown at startup, and those searches were most of the cost of its
 * first frame. Activating the row emits ::activated.
 */

#define G_LOG_DOMAIN "sb-text-row"

#include "config.h"

#include "sb-text-row.h"

/* the spacing of AdwActionRow's header and title boxes */
#define TEXT_MARGIN   6  /* above and below the labels */
#define LINE_SPACING  3  /* between title and subtitle */
#define ARROW_SPACING 6  /* between the labels and the arrow */

struct _SbTextRow
{
  AdwPreferencesRow parent_instance;

  GtkWidget *title;
  GtkWidget *subtitle;
  GtkWidget *arrow;
  GtkWidget *list;  /* (unowned) the list whose ::row-activated is ours */
};

G_DEFINE_FINAL_TYPE (SbTextRow, sb_text_row, ADW_TYPE_PREFERENCES_ROW)

enum {
  PROP_0,
  PROP_SUBTITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  ACTIVATED,   /* (void): the user opened the row */
  N_SIGNALS
};

static guint signals[N_SIGNALS];

GtkWidget *
sb_text_row_new (void)
{
  return g_object_new (SB_TYPE_TEXT_ROW, NULL);
}

const char *
sb_text_row_get_subtitle (SbTextRow *self)
{
  g_return_val_if_fail (SB_IS_TEXT_ROW (self), NULL);
  return gtk_label_get_label (GTK_LABEL (self->subtitle));
}

void
sb_text_row_set_subtitle (SbTextRow  *self,
                          const char *subtitle)
{
  g_return_if_fail (SB_IS_TEXT_ROW (self));

  if (g_strcmp0 (subtitle, gtk_label_get_label (GTK_LABEL (self->subtitle))) == 0)
    return;

  gtk_label_set_label (GTK_LABEL (self->subtitle), subtitle != NULL ? subtitle : "");
  gtk_widget_set_visible (self->subtitle, subtitle != NULL && *subtitle != '\0');
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUBTITLE]);
}

static void
measure_text (SbTextRow *self,
              int        width,
              int       *minimum,
              int       *natural)
{
  int min, nat;

  gtk_widget_measure (self->title, GTK_ORIENTATION_VERTICAL, width, &min, &nat, NULL, NULL);
  *minimum = 2 * TEXT_MARGIN + min;
  *natural = 2 * TEXT_MARGIN + nat;

  if (gtk_widget_should_layout (self->subtitle))
    {
      gtk_widget_measure (self->subtitle, GTK_ORIENTATION_VERTICAL, width, &min, &nat, NULL, NULL);
      *minimum += LINE_SPACING + min;
      *natural += LINE_SPACING + nat;
    }
}

static int
arrow_width (SbTextRow *self)
{
  int width;

  gtk_widget_measure (self->arrow, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &width, NULL, NULL);
  return width + ARROW_SPACING;
}

static void
text_row_measure (GtkWidget      *widget,
                  GtkOrientation  orientation,
                  int             for_size,
                  int            *minimum,
                  int            *natural,
                  int            *minimum_baseline,
                  int            *natural_baseline)
{
  SbTextRow *self = SB_TEXT_ROW (widget);
  int arrow_min, arrow_nat;

  gtk_widget_measure (self->arrow, orientation, -1, &arrow_min, &arrow_nat, NULL, NULL);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      int title_min, title_nat, sub_min = 0, sub_nat = 0;

      /* Widths at a given height are never needed: the row is height-for-width. */
      gtk_widget_measure (self->title, orientation, -1, &title_min, &title_nat, NULL, NULL);
      if (gtk_widget_should_layout (self->subtitle))
        gtk_widget_measure (self->subtitle, orientation, -1, &sub_min, &sub_nat, NULL, NULL);
      *minimum = MAX (title_min, sub_min) + ARROW_SPACING + arrow_min;
      *natural = MAX (title_nat, sub_nat) + ARROW_SPACING + arrow_nat;
    }
  else
    {
      int text_min, text_nat;

      measure_text (self, for_size < 0 ? -1 : MAX (0, for_size - arrow_width (self)), &text_min, &text_nat);
      *minimum = MAX (text_min, arrow_min);
      *natural = MAX (text_nat, arrow_nat);
    }
}

static void
text_row_allocate (GtkWidget *widget,
                   int        width,
                   int        height,
                   int        baseline)
{
  SbTextRow *self = SB_TEXT_ROW (widget);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  int arrow = arrow_width (self);
  int text_width = MAX (0, width - arrow);
  int x = rtl ? arrow : 0;
  int title_height, sub_height = 0, text_height, y;

  gtk_widget_measure (self->title, GTK_ORIENTATION_VERTICAL, text_width, &title_height, NULL, NULL, NULL);
  text_height = title_height;
  if (gtk_widget_should_layout (self->subtitle))
    {
      gtk_widget_measure (self->subtitle, GTK_ORIENTATION_VERTICAL, text_width, &sub_height, NULL, NULL, NULL);
      text_height += LINE_SPACING + sub_height;
    }

  /* the labels and the arrow are centred, as in an action row */
  y = MAX (0, (height - text_height) / 2);
  gtk_widget_allocate (self->title, text_width, title_height, -1,
                       gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (x, y)));
  if (gtk_widget_should_layout (self->subtitle))
    gtk_widget_allocate (self->subtitle, text_width, sub_height, -1,
                         gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (x, y + title_height + LINE_SPACING)));
  gtk_widget_allocate (self->arrow, arrow - ARROW_SPACING, height, -1,
                       gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (rtl ? 0 : text_width + ARROW_SPACING, 0)));
}

static GtkSizeRequestMode
text_row_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
on_row_activated (SbTextRow     *self,
                  GtkListBoxRow *row)
{
  if (row == GTK_LIST_BOX_ROW (self))
    g_signal_emit (self, signals[ACTIVATED], 0);
}

/* A list box reports activations of its rows, not the rows themselves. */
static void
on_parent_changed (SbTextRow *self)
{
  GtkWidget *parent = gtk_widget_get_parent (GTK_WIDGET (self));

  if (self->list != NULL)
    g_signal_handlers_disconnect_by_func (self->list, on_row_activated, self);
  self->list = GTK_IS_LIST_BOX (parent) ? parent : NULL;
  if (self->list != NULL)
    g_signal_connect_swapped (self->list, "row-activated", G_CALLBACK (on_row_activated), self);
}

static void
sb_text_row_dispose (GObject *object)
{
  SbTextRow *self = SB_TEXT_ROW (object);

  if (self->list != NULL)
    g_signal_handlers_disconnect_by_func (self->list, on_row_activated, self);
  self->list = NULL;
  g_clear_pointer (&self->title, gtk_widget_unparent);
  g_clear_pointer (&self->subtitle, gtk_widget_unparent);
  g_clear_pointer (&self->arrow, gtk_widget_unparent);

  G_OBJECT_CLASS (sb_text_row_parent_class)->dispose (object);
}

static void
sb_text_row_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  SbTextRow *self = SB_TEXT_ROW (object);

  switch (prop_id)
    {
    case PROP_SUBTITLE:
      g_value_set_string (value, sb_text_row_get_subtitle (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sb_text_row_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  SbTextRow *self = SB_TEXT_ROW (object);

  switch (prop_id)
    {
    case PROP_SUBTITLE:
      sb_text_row_set_subtitle (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sb_text_row_class_init (SbTextRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sb_text_row_dispose;
  object_class->get_property = sb_text_row_get_property;
  object_class->set_property = sb_text_row_set_property;

  properties[PROP_SUBTITLE] =
    g_param_spec_string ("subtitle", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[ACTIVATED] = g_signal_new ("activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

/* Wrapped as AdwActionRow's are: at words, or anywhere in a long one. At
 * least eight characters wide: GtkLabel finds its minimum width by laying
 * the text out at that width, and at zero it would put every character of a
 * long subtitle on a line of its own, which cost 3% of the start-up. */
static GtkWidget *
add_label (SbTextRow  *self,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_width_chars (GTK_LABEL (label), 8);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, css_class);
  gtk_widget_set_parent (label, GTK_WIDGET (self));

  return label;
}

static void
sb_text_row_init (SbTextRow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);

  gtk_widget_set_layout_manager (widget, gtk_custom_layout_new (text_row_request_mode,
                                                                text_row_measure,
                                                                text_row_allocate));
  gtk_widget_add_css_class (widget, "text-row");
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), TRUE);

  self->title = add_label (self, "title");
  g_object_bind_property (self, "title", self->title, "label", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self, "use-underline", self->title, "use-underline", G_BINDING_SYNC_CREATE);
  self->subtitle = add_label (self, "subtitle");
  gtk_widget_set_visible (self->subtitle, FALSE);

  self->arrow = gtk_image_new_from_icon_name ("go-next-symbolic");
  gtk_widget_set_parent (self->arrow, widget);

  /* read as AdwActionRow is: named by its title, described by its subtitle */
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, self->title, NULL,
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, self->subtitle, NULL,
                                  -1);

  g_signal_connect (self, "notify::parent", G_CALLBACK (on_parent_changed), NULL);
}
