/* diptych-annotation-types.h: the kinds and attributes of an annotation,
 * with GLib alone, for the detectors that diptych-cli runs without GIO
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  DIPTYCH_ANNOTATION_SOURCE,
  DIPTYCH_ANNOTATION_CLAIM,
  DIPTYCH_ANNOTATION_CASUALTY,
} DiptychAnnotationKind;

typedef enum
{
  DIPTYCH_OUTCOME_KILLED,
  DIPTYCH_OUTCOME_INJURED,
  DIPTYCH_OUTCOME_MISSING,
  DIPTYCH_OUTCOME_DETAINED,
  DIPTYCH_OUTCOME_DISPLACED,
  DIPTYCH_OUTCOME_UNSTATED,  /* "unknown": the words give a number, not what happened */
} DiptychOutcome;

typedef enum
{
  DIPTYCH_QUALIFIER_EXACT,
  DIPTYCH_QUALIFIER_APPROX,
  DIPTYCH_QUALIFIER_AT_LEAST,
  DIPTYCH_QUALIFIER_AT_MOST,
  DIPTYCH_QUALIFIER_RANGE,
  DIPTYCH_QUALIFIER_VAGUE,
} DiptychQualifier;

typedef enum
{
  DIPTYCH_GROUP_PEOPLE,
  DIPTYCH_GROUP_CIVILIANS,
  DIPTYCH_GROUP_CHILDREN,
  DIPTYCH_GROUP_WOMEN,
  DIPTYCH_GROUP_MEN,
  DIPTYCH_GROUP_FIGHTERS,
  DIPTYCH_GROUP_SOLDIERS,
  DIPTYCH_GROUP_OTHER,
} DiptychGroup;

typedef enum
{
  DIPTYCH_SOURCE_OFFICIAL,
  DIPTYCH_SOURCE_MILITARY,
  DIPTYCH_SOURCE_NGO,
  DIPTYCH_SOURCE_MEDIA,
  DIPTYCH_SOURCE_WITNESS,
  DIPTYCH_SOURCE_ANONYMOUS,
  DIPTYCH_SOURCE_OTHER,
} DiptychSourceType;

typedef enum
{
  DIPTYCH_VERDICT_UNVERIFIED,
  DIPTYCH_VERDICT_SUPPORTED,
  DIPTYCH_VERDICT_DISPUTED,
  DIPTYCH_VERDICT_FALSE,
} DiptychVerdict;

/* A number that the text does not state ("hundreds" has no value). */
#define DIPTYCH_NO_NUMBER ((gint64)-1)

/* The largest offset or count a sidecar holds: far above any article or
 * toll, far below where a double loses whole numbers.
 */
#define DIPTYCH_MAX_NUMBER G_GINT64_CONSTANT (1000000000000)

typedef struct
{
  DiptychOutcome   outcome;
  char            *raw;        /* the words as written */
  gint64           value;      /* or DIPTYCH_NO_NUMBER */
  gint64           low;        /* or DIPTYCH_NO_NUMBER */
  gint64           high;       /* or DIPTYCH_NO_NUMBER */
  DiptychQualifier qualifier;
  DiptychGroup     group;
  char            *subset_of;  /* id of the casualty figure this one breaks down */
  char            *source;     /* id of the source annotation it is attributed to */
} DiptychCasualty;

typedef struct
{
  char              *name;
  DiptychSourceType  type;
} DiptychSource;

typedef struct
{
  char           *speaker;  /* id of a source annotation */
  DiptychVerdict  verdict;
} DiptychClaim;

void        diptych_casualty_normalize          (DiptychCasualty *casualty);
gboolean    diptych_casualty_is_valid           (const DiptychCasualty *casualty);

const char *diptych_annotation_kind_to_string   (DiptychAnnotationKind kind);
gboolean    diptych_annotation_kind_from_string (const char *str, DiptychAnnotationKind *kind);
const char *diptych_outcome_to_string           (DiptychOutcome outcome);
gboolean    diptych_outcome_from_string         (const char *str, DiptychOutcome *outcome);
const char *diptych_qualifier_to_string         (DiptychQualifier qualifier);
gboolean    diptych_qualifier_from_string       (const char *str, DiptychQualifier *qualifier);
const char *diptych_group_to_string             (DiptychGroup group);
gboolean    diptych_group_from_string           (const char *str, DiptychGroup *group);
const char *diptych_source_type_to_string       (DiptychSourceType type);
gboolean    diptych_source_type_from_string     (const char *str, DiptychSourceType *type);
const char *diptych_verdict_to_string           (DiptychVerdict verdict);
gboolean    diptych_verdict_from_string         (const char *str, DiptychVerdict *verdict);

G_END_DECLS
