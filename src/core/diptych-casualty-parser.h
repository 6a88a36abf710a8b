/* diptych-casualty-parser.h: the structure of a casualty figure from its words
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "diptych-annotation.h"

G_BEGIN_DECLS

/* What the words of a figure told the parser. */
typedef enum
{
  DIPTYCH_CASUALTY_READ_NOTHING = 0,
  DIPTYCH_CASUALTY_READ_NUMBER  = 1 << 0,  /* a number or an amount */
  DIPTYCH_CASUALTY_READ_OUTCOME = 1 << 1,  /* "killing", "injured", … */
  DIPTYCH_CASUALTY_READ_GROUP   = 1 << 2,  /* "people", "children", … */
} DiptychCasualtyRead;

gboolean            diptych_casualty_parse (const char      *phrase,
                                            DiptychCasualty *casualty);
DiptychCasualtyRead diptych_casualty_read  (const char      *phrase,
                                            DiptychCasualty *casualty);
void                diptych_casualty_clear (DiptychCasualty *casualty);

G_END_DECLS
