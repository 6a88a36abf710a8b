/* diptych-annotation-store.h: the annotations of one article, sorted
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "diptych-annotation.h"

G_BEGIN_DECLS

#define DIPTYCH_TYPE_ANNOTATION_STORE (diptych_annotation_store_get_type ())

G_DECLARE_FINAL_TYPE (DiptychAnnotationStore, diptych_annotation_store, DIPTYCH, ANNOTATION_STORE, GObject)

DiptychAnnotationStore *diptych_annotation_store_new          (DiptychText            *text);
DiptychText            *diptych_annotation_store_get_text     (DiptychAnnotationStore *self);
void                    diptych_annotation_store_add          (DiptychAnnotationStore *self,
                                                               DiptychAnnotation      *annotation);
gboolean                diptych_annotation_store_remove       (DiptychAnnotationStore *self,
                                                               DiptychAnnotation      *annotation);
DiptychAnnotation      *diptych_annotation_store_lookup       (DiptychAnnotationStore *self,
                                                               const char             *id);
GPtrArray              *diptych_annotation_store_check_links  (DiptychAnnotationStore *self);
guint                   diptych_annotation_store_count_anchor (DiptychAnnotationStore *self,
                                                               DiptychAnchorStatus     anchor);

G_END_DECLS
