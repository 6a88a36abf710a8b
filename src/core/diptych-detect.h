/* diptych-detect.h: suggestions of casualty figures, sources and claims
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "diptych-annotation.h"
#include "diptych-text.h"

G_BEGIN_DECLS

/* One suggestion: a span the detectors think is an annotation, with the
 * attributes an annotation of that kind has. Links between suggestions
 * (casualty.subset_of, casualty.source, claim.speaker) hold suggestion ids.
 */
typedef struct
{
  char                  *id;     /* "s1", "s2", … in text order */
  DiptychAnnotationKind  kind;
  gsize                  start;  /* code points, end exclusive */
  gsize                  end;
  char                  *text;   /* the words between start and end */
  DiptychCasualty        casualty;
  DiptychSource          source;
  DiptychClaim           claim;
} DiptychSuggestion;

#define DIPTYCH_TYPE_SUGGESTION (diptych_suggestion_get_type ())

GType              diptych_suggestion_get_type  (void) G_GNUC_CONST;
DiptychSuggestion *diptych_suggestion_copy      (const DiptychSuggestion *suggestion);
void               diptych_suggestion_free      (DiptychSuggestion       *suggestion);

GPtrArray         *diptych_detect_suggestions   (DiptychText             *text,
                                                 GCancellable            *cancellable);
void               diptych_detect_suggestions_async  (DiptychText             *text,
                                                      GCancellable            *cancellable,
                                                      GAsyncReadyCallback      callback,
                                                      gpointer                 user_data);
GPtrArray         *diptych_detect_suggestions_finish (GAsyncResult            *result,
                                                      GError                 **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DiptychSuggestion, diptych_suggestion_free)

G_END_DECLS
