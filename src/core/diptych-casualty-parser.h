/* diptych-casualty-parser.h: the structure of a casualty figure from its words
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "diptych-annotation-types.h"

G_BEGIN_DECLS

/* What the words of a figure told the parser. */
typedef enum
{
  DIPTYCH_CASUALTY_READ_NOTHING = 0,
  DIPTYCH_CASUALTY_READ_NUMBER  = 1 << 0,  /* a number or an amount */
  DIPTYCH_CASUALTY_READ_OUTCOME = 1 << 1,  /* "killing", "injured", … */
  DIPTYCH_CASUALTY_READ_GROUP   = 1 << 2,  /* "people", "children", … */
} DiptychCasualtyRead;

/* One figure of a phrase, and where its words are in the phrase. */
typedef struct
{
  DiptychCasualty casualty;
  gsize           start;  /* code points in the phrase */
  gsize           end;    /* exclusive */
} DiptychCasualtyParse;

gboolean            diptych_casualty_parse (const char      *phrase,
                                            DiptychCasualty *casualty);
DiptychCasualtyRead diptych_casualty_read  (const char      *phrase,
                                            DiptychCasualty *casualty);
gboolean            diptych_casualty_read_amount (const char      *phrase,
                                                  DiptychCasualty *casualty);
void                diptych_casualty_clear (DiptychCasualty *casualty);
GArray             *diptych_casualty_parse_all   (const char *phrase);
gboolean            diptych_casualty_parse_count (const char *text,
                                                  gint64     *value);
const char         *diptych_casualty_vague_word  (const char *raw,
                                                  gint64     *low);

G_END_DECLS
