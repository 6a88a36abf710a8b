/* diptych-annotation-history.h: undo and redo of annotation changes, each
 * bound to the document it was made in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "diptych-annotation-document.h"

G_BEGIN_DECLS

#define DIPTYCH_TYPE_ANNOTATION_HISTORY (diptych_annotation_history_get_type ())

G_DECLARE_FINAL_TYPE (DiptychAnnotationHistory, diptych_annotation_history, DIPTYCH, ANNOTATION_HISTORY, GObject)

DiptychAnnotationHistory *diptych_annotation_history_new      (void);
gboolean                  diptych_annotation_history_add      (DiptychAnnotationHistory  *self,
                                                               DiptychAnnotationDocument *document,
                                                               DiptychAnnotation         *annotation);
gboolean                  diptych_annotation_history_remove   (DiptychAnnotationHistory  *self,
                                                               DiptychAnnotationDocument *document,
                                                               DiptychAnnotation         *annotation);
gboolean                  diptych_annotation_history_edit     (DiptychAnnotationHistory  *self,
                                                               DiptychAnnotationDocument *document,
                                                               DiptychAnnotation         *annotation,
                                                               DiptychAnnotation         *edited);
gboolean                  diptych_annotation_history_reject_suggestion (DiptychAnnotationHistory  *self,
                                                                        DiptychAnnotationDocument *document,
                                                                        DiptychAnnotationKind      kind,
                                                                        gsize                      start,
                                                                        gsize                      end,
                                                                        const char                *text);
gboolean                  diptych_annotation_history_undo     (DiptychAnnotationHistory  *self);
gboolean                  diptych_annotation_history_redo     (DiptychAnnotationHistory  *self);
gboolean                  diptych_annotation_history_can_undo (DiptychAnnotationHistory  *self);
gboolean                  diptych_annotation_history_can_redo (DiptychAnnotationHistory  *self);
guint                     diptych_annotation_history_get_n_undo (DiptychAnnotationHistory *self);
void                      diptych_annotation_history_forget   (DiptychAnnotationHistory  *self,
                                                               DiptychAnnotationDocument *document);
void                      diptych_annotation_history_clear    (DiptychAnnotationHistory  *self);
void                      diptych_annotation_history_begin_group (DiptychAnnotationHistory *self);
void                      diptych_annotation_history_end_group   (DiptychAnnotationHistory *self);

G_END_DECLS
