/* diptych-annotation-layer.h: an article's annotations, shown in its buffer
 * and saved to its sidecar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "diptych-sidecar.h"

G_BEGIN_DECLS

typedef enum
{
  DIPTYCH_SAVE_STATE_NONE,      /* no article */
  DIPTYCH_SAVE_STATE_SAVED,
  DIPTYCH_SAVE_STATE_PENDING,   /* changed, autosave scheduled */
  DIPTYCH_SAVE_STATE_FAILED,    /* see the error; marks are kept in memory */
  DIPTYCH_SAVE_STATE_BLOCKED,   /* the sidecar could not be loaded or is newer: never written */
} DiptychSaveState;

#define DIPTYCH_TYPE_ANNOTATION_LAYER (diptych_annotation_layer_get_type ())

G_DECLARE_FINAL_TYPE (DiptychAnnotationLayer, diptych_annotation_layer, DIPTYCH, ANNOTATION_LAYER, GObject)

DiptychAnnotationLayer *diptych_annotation_layer_new         (GtkTextBuffer          *buffer);
void                    diptych_annotation_layer_load        (DiptychAnnotationLayer *self,
                                                              DiptychText            *text);
void                    diptych_annotation_layer_clear       (DiptychAnnotationLayer *self);
DiptychAnnotationStore *diptych_annotation_layer_get_store   (DiptychAnnotationLayer *self);
DiptychSidecar         *diptych_annotation_layer_get_sidecar (DiptychAnnotationLayer *self);
DiptychAnnotation      *diptych_annotation_layer_mark        (DiptychAnnotationLayer *self,
                                                              DiptychAnnotationKind   kind,
                                                              gsize                   start,
                                                              gsize                   end);
DiptychAnnotation      *diptych_annotation_layer_at_offset   (DiptychAnnotationLayer *self,
                                                              gsize                   offset);
gboolean                diptych_annotation_layer_save        (DiptychAnnotationLayer *self,
                                                              GError                **error);
void                    diptych_annotation_layer_set_autosave_delay (DiptychAnnotationLayer *self,
                                                                     guint                   delay_ms);
gboolean                diptych_annotation_layer_has_unsaved_changes (DiptychAnnotationLayer *self);
gboolean                diptych_annotation_layer_has_conflict (DiptychAnnotationLayer *self);
gboolean                diptych_annotation_layer_merge_from_disk (DiptychAnnotationLayer  *self,
                                                                  GError                 **error);
DiptychSaveState        diptych_annotation_layer_get_state   (DiptychAnnotationLayer *self);
const char             *diptych_annotation_layer_get_error   (DiptychAnnotationLayer *self);

G_END_DECLS
