/* diptych-annotation-sidebar.h: the marks of both articles, and an editor
 * for the selected one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "diptych-annotation-editor.h"
#include "diptych-mark-controller.h"

G_BEGIN_DECLS

#define DIPTYCH_TYPE_ANNOTATION_SIDEBAR (diptych_annotation_sidebar_get_type ())

G_DECLARE_FINAL_TYPE (DiptychAnnotationSidebar, diptych_annotation_sidebar, DIPTYCH, ANNOTATION_SIDEBAR, GtkWidget)

GtkWidget *diptych_annotation_sidebar_new          (DiptychPairView          *pair_view,
                                                    DiptychMarkController    *marks);
void       diptych_annotation_sidebar_refresh      (DiptychAnnotationSidebar *self);
guint      diptych_annotation_sidebar_get_n_rows   (DiptychAnnotationSidebar *self);
guint      diptych_annotation_sidebar_get_n_orphans (DiptychAnnotationSidebar *self);
void       diptych_annotation_sidebar_set_search   (DiptychAnnotationSidebar *self,
                                                    const char               *search);
void       diptych_annotation_sidebar_activate_row (DiptychAnnotationSidebar *self,
                                                    guint                     index);
DiptychAnnotationEditor *
           diptych_annotation_sidebar_get_editor   (DiptychAnnotationSidebar *self);
GtkListView *
           diptych_annotation_sidebar_get_list_view (DiptychAnnotationSidebar *self);

void       diptych_annotation_sidebar_add_section (DiptychAnnotationSidebar *self,
                                                   GtkWidget                *section);

G_END_DECLS
