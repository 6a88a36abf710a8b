/* diptych-annotation.h: a source, claim or casualty figure marked in an article
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "diptych-anchor.h"
#include "diptych-annotation-types.h"

G_BEGIN_DECLS

#define DIPTYCH_ANNOTATION_ERROR (diptych_annotation_error_quark ())

typedef enum
{
  DIPTYCH_ANNOTATION_ERROR_INVALID,
} DiptychAnnotationError;

#define DIPTYCH_TYPE_ANNOTATION (diptych_annotation_get_type ())

G_DECLARE_FINAL_TYPE (DiptychAnnotation, diptych_annotation, DIPTYCH, ANNOTATION, GObject)

GQuark                 diptych_annotation_error_quark   (void);

DiptychAnnotation     *diptych_annotation_new           (DiptychAnnotationKind  kind,
                                                         DiptychText           *text,
                                                         gsize                  start,
                                                         gsize                  end);
DiptychAnnotation     *diptych_annotation_new_from_json (JsonObject            *object,
                                                         GError               **error);
JsonNode              *diptych_annotation_to_json       (DiptychAnnotation     *self);
DiptychAnnotation     *diptych_annotation_copy          (DiptychAnnotation     *self);
void                   diptych_annotation_assign        (DiptychAnnotation     *self,
                                                         DiptychAnnotation     *other);
gboolean               diptych_annotation_equal         (DiptychAnnotation     *a,
                                                         DiptychAnnotation     *b);
JsonObject            *diptych_json_unknown_members     (JsonObject            *object,
                                                         const char * const    *known);

const char            *diptych_annotation_get_id        (DiptychAnnotation     *self);
DiptychAnnotationKind  diptych_annotation_get_kind      (DiptychAnnotation     *self);
gsize                  diptych_annotation_get_start     (DiptychAnnotation     *self);
gsize                  diptych_annotation_get_end       (DiptychAnnotation     *self);
void                   diptych_annotation_set_range     (DiptychAnnotation     *self,
                                                         DiptychText           *text,
                                                         gsize                  start,
                                                         gsize                  end);
const char            *diptych_annotation_get_exact     (DiptychAnnotation     *self);
const char            *diptych_annotation_get_prefix    (DiptychAnnotation     *self);
const char            *diptych_annotation_get_suffix    (DiptychAnnotation     *self);
const char            *diptych_annotation_get_previous_exact  (DiptychAnnotation *self);
const char            *diptych_annotation_get_previous_prefix (DiptychAnnotation *self);
const char            *diptych_annotation_get_previous_suffix (DiptychAnnotation *self);
GDateTime             *diptych_annotation_get_created   (DiptychAnnotation     *self);
GDateTime             *diptych_annotation_get_modified  (DiptychAnnotation     *self);
const char            *diptych_annotation_get_note      (DiptychAnnotation     *self);
void                   diptych_annotation_set_note      (DiptychAnnotation     *self,
                                                         const char            *note);
DiptychAnchorStatus    diptych_annotation_get_anchor    (DiptychAnnotation     *self);
void                   diptych_annotation_set_anchor    (DiptychAnnotation     *self,
                                                         DiptychAnchorStatus    anchor,
                                                         gsize                  start,
                                                         gsize                  end);
void                   diptych_annotation_set_changed   (DiptychAnnotation     *self,
                                                         DiptychText           *text,
                                                         gsize                  start,
                                                         gsize                  end);
void                   diptych_annotation_accept_anchor (DiptychAnnotation     *self,
                                                         DiptychText           *text);
const DiptychCasualty *diptych_annotation_get_casualty  (DiptychAnnotation     *self);
void                   diptych_annotation_set_casualty  (DiptychAnnotation     *self,
                                                         const DiptychCasualty *casualty);
const DiptychSource   *diptych_annotation_get_source    (DiptychAnnotation     *self);
void                   diptych_annotation_set_source    (DiptychAnnotation     *self,
                                                         const DiptychSource   *source);
const DiptychClaim    *diptych_annotation_get_claim     (DiptychAnnotation     *self);
void                   diptych_annotation_set_claim     (DiptychAnnotation     *self,
                                                         const DiptychClaim    *claim);

G_END_DECLS
