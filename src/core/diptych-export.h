/* diptych-export.h: annotations in formats other tools read
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "diptych-annotation-store.h"

G_BEGIN_DECLS

typedef enum
{
  DIPTYCH_EXPORT_CSV,
  DIPTYCH_EXPORT_W3C,
  DIPTYCH_EXPORT_BRAT,
  DIPTYCH_EXPORT_DOCCANO,
} DiptychExportFormat;

/**
 * DiptychExportOptions:
 * @creator: (nullable): who made the annotations, for the Web Annotations'
 *   `creator`; %NULL leaves it out
 * @language: (nullable): the articles' language (a BCP 47 tag) for the Web
 *   Annotations' target, when known
 * @csv_bom: start the CSV with a UTF-8 byte-order mark, which spreadsheets
 *   need to read it as UTF-8
 * @brat_lf: write brat's `.txt` with LF line ends and the offsets of that
 *   text (brat's web client miscounts CRLF texts)
 * @doccano_relations: write doccano's relation-extraction JSONL (entities
 *   and relations) instead of the sequence-labelling one
 *
 * How an export is written. A zeroed struct (or %NULL) is the default.
 */
typedef struct
{
  const char *creator;
  const char *language;
  gboolean    csv_bom;
  gboolean    brat_lf;
  gboolean    doccano_relations;
} DiptychExportOptions;

const char *diptych_export_format_to_string   (DiptychExportFormat     format);
gboolean    diptych_export_format_from_string (const char             *str,
                                               DiptychExportFormat    *format);
const char *diptych_export_format_extension   (DiptychExportFormat     format);

char       *diptych_export_csv                (DiptychAnnotationStore     *store,
                                               const DiptychExportOptions *options);
char       *diptych_export_w3c                (DiptychAnnotationStore     *store,
                                               const DiptychExportOptions *options);
char       *diptych_export_brat               (DiptychAnnotationStore     *store,
                                               const DiptychExportOptions *options);
char       *diptych_export_brat_text          (DiptychAnnotationStore     *store,
                                               const DiptychExportOptions *options,
                                               gsize                      *length);
char       *diptych_export_brat_conf          (void);
char       *diptych_export_brat_visual_conf   (void);
char       *diptych_export_doccano            (DiptychAnnotationStore     *store,
                                               const DiptychExportOptions *options);
char       *diptych_export                    (DiptychAnnotationStore     *store,
                                               DiptychExportFormat         format,
                                               const DiptychExportOptions *options);
guint       diptych_export_count_overlaps     (DiptychAnnotationStore     *store);
gboolean    diptych_export_to_folder          (DiptychAnnotationStore     *store,
                                               DiptychExportFormat         format,
                                               const DiptychExportOptions *options,
                                               GFile                      *folder,
                                               GError                    **error);
char       *diptych_export_stem               (DiptychAnnotationStore     *store);

G_END_DECLS
