/* diptych-annotation-layer.h: an article's marks, painted in its buffer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "diptych-annotation-document.h"

G_BEGIN_DECLS

#define DIPTYCH_TYPE_ANNOTATION_LAYER (diptych_annotation_layer_get_type ())

G_DECLARE_FINAL_TYPE (DiptychAnnotationLayer, diptych_annotation_layer, DIPTYCH, ANNOTATION_LAYER, GObject)

DiptychAnnotationLayer    *diptych_annotation_layer_new          (GtkTextBuffer             *buffer);
void                       diptych_annotation_layer_set_document (DiptychAnnotationLayer    *self,
                                                                  DiptychAnnotationDocument *document);
void                       diptych_annotation_layer_set_paused   (DiptychAnnotationLayer    *self,
                                                                  gboolean                   paused);
DiptychAnnotationDocument *diptych_annotation_layer_get_document (DiptychAnnotationLayer    *self);
DiptychAnnotationStore    *diptych_annotation_layer_get_store    (DiptychAnnotationLayer    *self);

G_END_DECLS
