/* diptych-ascii-classes.h: what each ASCII byte is to the tokenizer and
 * to the suggestions' lexer, by table: their inner loops
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

enum
{
  DIPTYCH_ASCII_WORD  = 1 << 0,
  DIPTYCH_ASCII_DIGIT = 1 << 1,
  DIPTYCH_ASCII_SPACE = 1 << 2,
};

/* 0 from 0x80 on. */
extern const guint8 diptych_ascii_classes[256];

G_END_DECLS
