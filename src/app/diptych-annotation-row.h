/* diptych-annotation-row.h: one mark in the list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "diptych-text-pane.h"

G_BEGIN_DECLS

#define DIPTYCH_TYPE_ANNOTATION_ROW (diptych_annotation_row_get_type ())

G_DECLARE_FINAL_TYPE (DiptychAnnotationRow, diptych_annotation_row, DIPTYCH, ANNOTATION_ROW, GtkWidget)

GtkWidget *diptych_annotation_row_new         (void);
void       diptych_annotation_row_bind        (DiptychAnnotationRow *self,
                                               DiptychAnnotation    *annotation,
                                               DiptychSide           side,
                                               const char           *article);
void       diptych_annotation_row_unbind      (DiptychAnnotationRow *self);
char      *diptych_annotation_describe        (DiptychAnnotation    *annotation);
const char *diptych_annotation_kind_title     (DiptychAnnotationKind kind);

G_END_DECLS
