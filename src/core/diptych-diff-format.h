/* diptych-diff-format.h: a diff as JSON, as a word diff for terminals or as a web page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "diptych-diff.h"

G_BEGIN_DECLS

/* A set of change classes, one bit per DiptychChangeClass. */
#define DIPTYCH_CHANGE_CLASS_BIT(c) (1u << (c))
#define DIPTYCH_ALL_CHANGE_CLASSES  ((1u << DIPTYCH_N_CHANGE_CLASSES) - 1)

typedef struct
{
  guint content;
  guint punctuation;
  guint typography;
  guint layout;
  guint moved;
} DiptychDiffStats;

void      diptych_diff_compute_stats        (DiptychDiff      *diff,
                                             DiptychDiffStats *stats);
void      diptych_diff_compute_stats_for_classes (DiptychDiff *diff,
                                             guint             classes,
                                             DiptychDiffStats *stats);
char     *diptych_diff_stats_to_summary     (const DiptychDiffStats *stats);
gboolean  diptych_parse_change_classes      (const char       *list,
                                             guint            *classes,
                                             GError          **error);
gboolean  diptych_diff_write_json           (DiptychDiff      *diff,
                                             int               fd,
                                             const char       *left_path,
                                             const char       *right_path,
                                             guint             classes,
                                             GError          **error);
char     *diptych_diff_to_json              (DiptychDiff      *diff,
                                             const char       *left_path,
                                             const char       *right_path,
                                             guint             classes);
char     *diptych_diff_to_word_diff         (DiptychDiff      *diff,
                                             guint             classes,
                                             gboolean          color);
char     *diptych_diff_to_html              (DiptychDiff      *diff,
                                             const char       *left_path,
                                             const char       *right_path,
                                             guint             classes);

G_END_DECLS
