# Answers to requests the site cannot take as they are: a method an address does not answer, a
# body too large or of the wrong type, an address with a part that cannot be read.

## 405: the address exists, but not for this method (POST to a page, DELETE anywhere).

problem-method-not-allowed = Method not allowed
# $method: the method of the request, such as DELETE.
method-not-allowed-detail = This address does not answer { $method } requests; the Allow header lists the methods it answers.
# The API page: what the problem type /api#problem-method-not-allowed (405) means.
method-not-allowed-problem = The address does not answer this method; the Allow header lists the ones it does.

## 413: a request body over the size the site reads.

problem-payload-too-large = Request too large
# $limit: the largest body the site reads, in kilobytes.
payload-too-large-detail = The request is larger than { $limit } KB, the most this site reads. Nothing was stored.
# The API page: what the problem type /api#problem-payload-too-large (413) means.
payload-too-large-problem = The request body is larger than the site reads; nothing was read or stored.

## 415 and 400: a body of another type, or one that could not be read at all.

unsupported-body-type = This address does not take a request body of this type.
body-unreadable = the request body could not be read
# After the path parameter's name ("slug: …").
path-not-utf8 = is not valid text once its percent-encoding is decoded (it must be UTF-8)
# $value: what the address has where a number belongs.
path-not-number = "{ $value }" is not a number
# $value: what was given; $known: the language codes there are, comma-separated.
param-lang = "{ $value }" is not a language of this site; use one of: { $known }
param-empty = is empty; leave the parameter out instead
