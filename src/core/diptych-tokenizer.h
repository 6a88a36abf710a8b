/* diptych-tokenizer.h: words, numbers and punctuation with folded keys
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  DIPTYCH_TOKEN_WORD,
  DIPTYCH_TOKEN_NUMBER,
  DIPTYCH_TOKEN_PUNCTUATION,
} DiptychTokenKind;

/* Whitespace is not a token: it is the gap between two tokens. Offsets are
 * in bytes; the few that are reported are turned into code points by the
 * text's index. Small tokens matter: a long article has hundreds of
 * thousands, and their memory is most of a diff's.
 */
typedef struct
{
  guint32 byte_start;
  guint32 byte_end;
  guint32 key;        /* interned folded key, see DiptychKeyTable; the key
                       * says the kind, diptych_key_table_get_kind() */
} DiptychToken;

typedef struct _DiptychKeyTable DiptychKeyTable;

DiptychKeyTable *diptych_key_table_new          (void);
void             diptych_key_table_free         (DiptychKeyTable *table);
guint            diptych_key_table_get_n_keys   (DiptychKeyTable *table);
const char      *diptych_key_table_lookup       (DiptychKeyTable *table,
                                                 guint32          key);
guint32          diptych_key_table_intern       (DiptychKeyTable *table,
                                                 const char      *key,
                                                 gsize            len,
                                                 DiptychTokenKind kind);
DiptychTokenKind diptych_key_table_get_kind     (DiptychKeyTable *table,
                                                 guint32          key);

GArray          *diptych_tokenize               (const char      *text,
                                                 gsize            n_bytes,
                                                 DiptychKeyTable *keys);
void             diptych_tokenize_range         (GArray          *tokens,
                                                 const char      *text,
                                                 gsize            start,
                                                 gsize            end,
                                                 DiptychKeyTable *keys);
char            *diptych_fold_key               (const char      *text,
                                                 gsize            n_bytes);
gboolean         diptych_is_space               (gunichar         c);
char            *diptych_fold_space             (const char      *text,
                                                 gsize            n_bytes,
                                                 gboolean         fold_line_ends);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DiptychKeyTable, diptych_key_table_free)

G_END_DECLS
