/* diptych-annotation-editor.h: the fields of one mark
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "diptych-mark-controller.h"

G_BEGIN_DECLS

#define DIPTYCH_TYPE_ANNOTATION_EDITOR (diptych_annotation_editor_get_type ())

G_DECLARE_FINAL_TYPE (DiptychAnnotationEditor, diptych_annotation_editor, DIPTYCH, ANNOTATION_EDITOR, GtkWidget)

void               diptych_annotation_editor_setup          (DiptychAnnotationEditor *self,
                                                             DiptychPairView         *pair_view,
                                                             DiptychMarkController   *marks);
void               diptych_annotation_editor_set_annotation (DiptychAnnotationEditor *self,
                                                             DiptychSide              side,
                                                             DiptychAnnotation       *annotation);
DiptychAnnotation *diptych_annotation_editor_get_annotation (DiptychAnnotationEditor *self);
gboolean           diptych_annotation_editor_focus_first    (DiptychAnnotationEditor *self);
GtkWidget         *diptych_annotation_editor_get_field      (DiptychAnnotationEditor *self,
                                                             const char              *name);
guint              diptych_annotation_editor_get_n_builds   (DiptychAnnotationEditor *self);

G_END_DECLS
