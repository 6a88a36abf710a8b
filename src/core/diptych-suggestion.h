/* diptych-suggestion.h: suggestions of casualty figures, sources and
 * claims, found with GLib alone (diptych-detect.h adds the GIO side)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "diptych-annotation-types.h"
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

/* A suggestion as diptych_detection_get_view() gives it: the
 * strings are the detectors' own (text and name are not NUL-terminated,
 * casualty.subset_of and casualty.source are NULL) and links are ids as
 * numbers: 17 for "s17", 0 for none.
 */
typedef struct
{
  guint                  id;
  DiptychAnnotationKind  kind;
  gsize                  start;  /* code points, end exclusive */
  gsize                  end;
  const char            *text;
  gsize                  text_len;
  DiptychCasualty        casualty;
  guint                  subset_of;  /* a casualty's */
  guint                  source;     /* a casualty's source, a claim's speaker */
  const char            *name;       /* a source's */
  gsize                  name_len;
  DiptychSourceType      source_type;
} DiptychSuggestionView;

/* Whether the caller no longer wants the result. */
typedef gboolean (*DiptychDetectCancelledFunc) (gpointer user_data);

#define DIPTYCH_TYPE_SUGGESTION (diptych_suggestion_get_type ())

GType              diptych_suggestion_get_type  (void) G_GNUC_CONST;
DiptychSuggestion *diptych_suggestion_copy      (const DiptychSuggestion *suggestion);
void               diptych_suggestion_free      (DiptychSuggestion       *suggestion);

GPtrArray         *diptych_detect_suggestions_full (DiptychText                *text,
                                                    DiptychDetectCancelledFunc  cancelled,
                                                    gpointer                    user_data);

/* What the detectors found in an article, for a caller that wants them
 * all without a copy each: `diptych-cli suggest` of a long article.
 */
typedef struct _DiptychDetection DiptychDetection;

DiptychDetection  *diptych_detection_new       (DiptychText                *text,
                                                DiptychDetectCancelledFunc  cancelled,
                                                gpointer                    user_data);
void               diptych_detection_free      (DiptychDetection           *self);
guint              diptych_detection_get_n_suggestions (DiptychDetection   *self);
void               diptych_detection_get_view  (DiptychDetection           *self,
                                                guint                       index,
                                                DiptychSuggestionView      *view);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DiptychSuggestion, diptych_suggestion_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DiptychDetection, diptych_detection_free)

G_END_DECLS
