/* diptych-chunker.h: content-defined chunks of words, for a quick first
 * pass of the diff
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A run of whole words (byte runs between ASCII whitespace). Where a chunk
 * ends depends only on its words, never on the whitespace between them, so
 * a text cuts into the same chunks however it is wrapped. Two chunks with
 * the same key have the same words; the whitespace between may differ.
 */
typedef struct
{
  guint32 byte_start;  /* the first word's first byte */
  guint32 byte_end;    /* the end of the last word */
  guint32 key;         /* interned by the DiptychChunkTable */
} DiptychChunk;

/* A chunk has at most this many words. */
#define DIPTYCH_CHUNK_MAX_WORDS 64

typedef struct _DiptychChunkTable DiptychChunkTable;

DiptychChunkTable *diptych_chunk_table_new        (void);
void               diptych_chunk_table_free       (DiptychChunkTable *table);
guint              diptych_chunk_table_get_n_keys (DiptychChunkTable *table);

DiptychChunk      *diptych_chunk_text             (const char        *text,
                                                   gsize              n_bytes,
                                                   DiptychChunkTable *table,
                                                   gboolean           add_keys,
                                                   guint             *n_chunks);
DiptychChunk      *diptych_chunk_text_against     (const char         *text,
                                                   gsize               n_bytes,
                                                   DiptychChunkTable  *table,
                                                   const char         *known_text,
                                                   gsize               known_bytes,
                                                   const DiptychChunk *known,
                                                   guint               n_known,
                                                   guint              *n_chunks);

/* ASCII whitespace, the only whitespace a chunk cuts at: the tokenizer
 * always ends a token there too.
 */
static inline gboolean
diptych_chunk_is_space (char c)
{
  return c == ' ' || (guchar)(c - '\t') <= '\r' - '\t';
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DiptychChunkTable, diptych_chunk_table_free)

void _diptych_chunker_set_parallel (gboolean parallel);

G_END_DECLS
