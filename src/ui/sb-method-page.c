/* sb-method-page.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* "Why activation, not stretching?": the method behind every routine, and
 * when to stop and see a doctor. All of it lives in the template. */

#define G_LOG_DOMAIN "sb-method-page"

#include "config.h"

#include "sb-method-page.h"

struct _SbMethodPage
{
  AdwBin parent_instance;
};

G_DEFINE_FINAL_TYPE (SbMethodPage, sb_method_page, ADW_TYPE_BIN)

GtkWidget *
sb_method_page_new (void)
{
  return g_object_new (SB_TYPE_METHOD_PAGE, NULL);
}

static void
sb_method_page_class_init (SbMethodPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/strongback/Strongback/ui/sb-method-page.ui");
}

static void
sb_method_page_init (SbMethodPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
