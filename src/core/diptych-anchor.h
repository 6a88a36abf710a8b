/* diptych-anchor.h: finding an annotation's quote again in a changed text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "diptych-text.h"

G_BEGIN_DECLS

/* How an annotation was placed when its sidecar was last loaded. */
typedef enum
{
  DIPTYCH_ANCHOR_EXACT,      /* where it was, the same words */
  DIPTYCH_ANCHOR_RELOCATED,  /* the same words, found elsewhere */
  DIPTYCH_ANCHOR_CHANGED,    /* found, but its words differ from those marked */
  DIPTYCH_ANCHOR_ORPHANED,   /* not found: kept with its old offsets and quote */
} DiptychAnchorStatus;

#define DIPTYCH_ANCHOR_N_STATUSES (DIPTYCH_ANCHOR_ORPHANED + 1)

/* Code points of context kept before and after a quote. */
#define DIPTYCH_QUOTE_CONTEXT 32

/* How far from where it is expected a quote whose words changed is
 * looked for, in code points: a few pages. Farther, text like it is more
 * likely another passage than the one marked.
 */
#define DIPTYCH_ANCHOR_REACH 65536

const char          *diptych_anchor_status_to_string   (DiptychAnchorStatus  status);
gboolean             diptych_anchor_status_from_string (const char          *str,
                                                        DiptychAnchorStatus *status);
void                 diptych_anchor_make_quote         (DiptychText         *text,
                                                        gsize                start,
                                                        gsize                end,
                                                        char               **exact,
                                                        char               **prefix,
                                                        char               **suffix);
void                 diptych_anchor_snap_to_words      (DiptychText         *text,
                                                        gsize               *start,
                                                        gsize               *end);
DiptychAnchorStatus  diptych_anchor_locate_in_context  (DiptychText         *text,
                                                        const char          *exact,
                                                        const char          *prefix,
                                                        const char          *suffix,
                                                        gsize                old_start,
                                                        gsize                old_end,
                                                        gsize               *new_start,
                                                        gsize               *new_end);
DiptychAnchorStatus  diptych_anchor_locate_near        (DiptychText         *text,
                                                        const char          *exact,
                                                        const char          *prefix,
                                                        const char          *suffix,
                                                        gsize                old_start,
                                                        gsize                old_end,
                                                        gsize                expected,
                                                        gsize                from,
                                                        gsize                to,
                                                        gsize               *new_start,
                                                        gsize               *new_end);
DiptychAnchorStatus  diptych_anchor_locate             (DiptychText         *text,
                                                        const char          *exact,
                                                        const char          *prefix,
                                                        const char          *suffix,
                                                        gsize                old_start,
                                                        gsize                old_end,
                                                        gsize               *new_start,
                                                        gsize               *new_end);

G_END_DECLS
