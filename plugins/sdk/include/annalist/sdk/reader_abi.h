/* The C boundary between annalist and a reader plugin.
 *
 * Only plain structs, UTF-8 byte ranges and function pointers cross it: never an
 * exception, a std::string or a smart pointer, so a plugin built with another
 * compiler or standard library still loads. A plugin exports one symbol,
 * ANNALIST_READER_ENTRY_SYMBOL, returning a pointer to a static annalist_reader.
 *
 * Versioning: the host refuses a plugin whose abi_major differs from its own. A
 * minor bump only appends fields at the end of a struct; both sides check
 * struct_size before touching a field newer than version 1.0. */
#ifndef ANNALIST_SDK_READER_ABI_H
#define ANNALIST_SDK_READER_ABI_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define ANNALIST_READER_ABI_MAJOR 1
#define ANNALIST_READER_ABI_MINOR 1
#define ANNALIST_READER_ENTRY_SYMBOL "annalist_reader_entry"

/* A UTF-8 byte range; not NUL-terminated, valid only during the call it is passed in. */
typedef struct annalist_str {
    const char* data;
    size_t size;
} annalist_str;

typedef enum annalist_probe_answer {
    ANNALIST_PROBE_NO = 0,
    ANNALIST_PROBE_MAYBE = 1,
    ANNALIST_PROBE_YES = 2
} annalist_probe_answer;

typedef enum annalist_severity { ANNALIST_SEVERITY_WARNING = 1, ANNALIST_SEVERITY_ERROR = 2 } annalist_severity;

/* A position in the input file; 0 in a field means unknown (lines, columns and byte
 * offsets are 1-based here so that 0 can mean that). */
typedef struct annalist_position {
    size_t line;
    size_t column;
    size_t byte_offset_plus_one;
} annalist_position;

/* A byte range [begin, end) of a document's text. */
typedef struct annalist_text_range {
    size_t begin;
    size_t end;
} annalist_text_range;

/* One document as a reader produced it. */
typedef struct annalist_document_desc {
    size_t struct_size;
    annalist_str text;
    annalist_str title;
    annalist_str url;
    /* ISO 8601 date or date-time ("2024-11-04", "2024-11-04T09:30:00Z"), or empty. */
    annalist_str published;
    /* Where the publication date was found ("first line 'Published:'"), or empty. */
    annalist_str published_source;
    /* Since 1.1: the document's own date stamps, where it states when it was
     * published (a byline, a date line, a "Published:" header): no event is made of
     * them. Ranges of `text`, in order; valid only during the call. */
    const annalist_text_range* stamps;
    size_t stamp_count;
} annalist_document_desc;

/* The size of a 1.0 document, which has no stamps. */
#define ANNALIST_DOCUMENT_DESC_SIZE_1_0 offsetof(annalist_document_desc, stamps)

/* What the host offers a plugin while it reads; context is opaque to the plugin. */
typedef struct annalist_host {
    size_t struct_size;
    void* context;
    void (*add_document)(void* context, const annalist_document_desc* document);
    void (*report)(void* context, annalist_severity severity, annalist_position position, annalist_str message);
} annalist_host;

typedef struct annalist_read_request {
    size_t struct_size;
    annalist_str path; /* as the user named the input, for messages */
    const unsigned char* bytes;
    size_t size;
} annalist_read_request;

/* read() returns 0 when the input was read (possibly with warnings), non-zero when it
 * failed; a failure has been explained through host->report. */
typedef struct annalist_reader {
    uint16_t abi_major;
    uint16_t abi_minor;
    uint32_t struct_size;
    const char* id;         /* short, stable, lower case: "text", "html" */
    const char* name;       /* for people */
    const char* version;    /* the plugin's own version */
    const char* extensions; /* space-separated, with dots: ".txt .text" */
    annalist_probe_answer (*probe)(annalist_str file_name, const unsigned char* head, size_t head_size);
    int (*read)(const annalist_read_request* request, const annalist_host* host);
} annalist_reader;

typedef const annalist_reader* (*annalist_reader_entry_fn)(void);

#ifdef __cplusplus
}
#endif

#endif
