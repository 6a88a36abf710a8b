/* diptych-diff.h: word-level diff and alignment of two texts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "diptych-text.h"

G_BEGIN_DECLS

typedef enum
{
  DIPTYCH_CHANGE_INSERT,
  DIPTYCH_CHANGE_DELETE,
  DIPTYCH_CHANGE_REPLACE,
  DIPTYCH_CHANGE_MOVE,
} DiptychChangeOp;

/* Ordered from most to least significant. */
typedef enum
{
  DIPTYCH_CHANGE_CLASS_CONTENT,
  DIPTYCH_CHANGE_CLASS_PUNCTUATION,
  DIPTYCH_CHANGE_CLASS_TYPOGRAPHY,
  DIPTYCH_CHANGE_CLASS_LAYOUT,
  DIPTYCH_N_CHANGE_CLASSES
} DiptychChangeClass;

/* All offsets are Unicode code points, end exclusive.
 *
 * insert:  left is empty (start == end, the position in the left text)
 * delete:  right is empty (the position in the right text)
 * replace: both sides hold text
 * move:    left is where the block was, right is where it is now
 */
typedef struct
{
  DiptychChangeOp    op;
  DiptychChangeClass change_class;
  guint32            left_start;   /* code points: a text has fewer than 2³² */
  guint32            left_end;
  guint32            right_start;
  guint32            right_end;
} DiptychChange;

/* A pair of offsets that the diff found to correspond; the alignment is a
 * list of these, strictly increasing on both sides.
 */
typedef struct
{
  guint32 left;
  guint32 right;
} DiptychAlignmentPoint;

#define DIPTYCH_TYPE_DIFF (diptych_diff_get_type ())

G_DECLARE_FINAL_TYPE (DiptychDiff, diptych_diff, DIPTYCH, DIFF, GObject)

DiptychDiff         *diptych_diff_new                   (DiptychText        *left,
                                                         DiptychText        *right);
DiptychText         *diptych_diff_get_left              (DiptychDiff        *self);
DiptychText         *diptych_diff_get_right             (DiptychDiff        *self);
guint                diptych_diff_get_n_changes         (DiptychDiff        *self);
const DiptychChange *diptych_diff_get_change            (DiptychDiff        *self,
                                                         guint               index);
guint                diptych_diff_count_class           (DiptychDiff        *self,
                                                         DiptychChangeClass  change_class);
guint                diptych_diff_count_moves           (DiptychDiff        *self);
const DiptychAlignmentPoint *
                     diptych_diff_get_alignment         (DiptychDiff        *self,
                                                         guint              *n_points);
gsize                diptych_diff_map_left_to_right     (DiptychDiff        *self,
                                                         gsize               left_offset);
gsize                diptych_diff_map_right_to_left     (DiptychDiff        *self,
                                                         gsize               right_offset);

const char          *diptych_change_op_to_string        (DiptychChangeOp     op);
const char          *diptych_change_class_to_string     (DiptychChangeClass  change_class);
gboolean             diptych_change_class_from_string   (const char         *name,
                                                         DiptychChangeClass *change_class);

G_END_DECLS
