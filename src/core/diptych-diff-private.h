/* diptych-diff-private.h: for the diff's writers (diptych-diff-format.c) and its tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "diptych-diff.h"

G_BEGIN_DECLS

/* A change's offsets in bytes, which the diff has anyway: the writers
 * need the text, and would otherwise convert the code points back.
 */
typedef struct
{
  guint32 left_start;
  guint32 left_end;
  guint32 right_start;
  guint32 right_end;
} DiptychChangeBytes;

const DiptychChangeBytes *_diptych_diff_get_change_bytes (DiptychDiff *self,
                                                          guint        index);

void _diptych_diff_set_walk_first (gboolean walk);

G_END_DECLS
