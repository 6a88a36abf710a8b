/* diptych-annotation-store.h: the annotations of one article, sorted
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "diptych-annotation.h"

G_BEGIN_DECLS

/* A suggestion the annotator rejected: found again by its kind and
 * words, wherever they are now; the offsets say where it was.
 */
typedef struct
{
  DiptychAnnotationKind  kind;
  gsize                  start;
  gsize                  end;
  char                  *text;
} DiptychRejectedSuggestion;

#define DIPTYCH_TYPE_ANNOTATION_STORE (diptych_annotation_store_get_type ())

G_DECLARE_FINAL_TYPE (DiptychAnnotationStore, diptych_annotation_store, DIPTYCH, ANNOTATION_STORE, GObject)

DiptychAnnotationStore *diptych_annotation_store_new          (DiptychText            *text);
DiptychText            *diptych_annotation_store_get_text     (DiptychAnnotationStore *self);
void                    diptych_annotation_store_add          (DiptychAnnotationStore *self,
                                                               DiptychAnnotation      *annotation);
void                    diptych_annotation_store_add_all      (DiptychAnnotationStore *self,
                                                               GPtrArray              *annotations);
gboolean                diptych_annotation_store_remove       (DiptychAnnotationStore *self,
                                                               DiptychAnnotation      *annotation);
DiptychAnnotation      *diptych_annotation_store_lookup       (DiptychAnnotationStore *self,
                                                               const char             *id);
GPtrArray              *diptych_annotation_store_check_links  (DiptychAnnotationStore *self);
guint                   diptych_annotation_store_count_anchor (DiptychAnnotationStore *self,
                                                               DiptychAnchorStatus     anchor);
gboolean                diptych_annotation_store_reject_suggestion (DiptychAnnotationStore *self,
                                                                    DiptychAnnotationKind   kind,
                                                                    gsize                   start,
                                                                    gsize                   end,
                                                                    const char             *text);
gboolean                diptych_annotation_store_unreject_suggestion (DiptychAnnotationStore *self,
                                                                      DiptychAnnotationKind   kind,
                                                                      const char             *text);
gboolean                diptych_annotation_store_is_rejected  (DiptychAnnotationStore *self,
                                                               DiptychAnnotationKind   kind,
                                                               const char             *text);
guint                   diptych_annotation_store_get_n_rejected (DiptychAnnotationStore *self);
const DiptychRejectedSuggestion *
                        diptych_annotation_store_get_rejected (DiptychAnnotationStore *self,
                                                               guint                   i);

G_END_DECLS
